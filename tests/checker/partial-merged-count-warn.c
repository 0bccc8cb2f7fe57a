// SPDX-License-Identifier: GPL-2.0
/*
 * The count is one variable for two ways of taking the pages: pinned
 * from user memory, or got from a kernel buffer.  The short path's error
 * label releases the kernel buffer's pages but forgets to unpin the user
 * ones.
 */
#include "pincheck-kernel.h"

#define SHARE_USER	0x1

void *kcalloc(size_t n, size_t size, unsigned int flags);
void kfree(const void *p);
int share_get_kernel_pages(unsigned long start, int nr, struct page **pages);
void share_put_kernel_pages(struct page **pages, int nr);
int share_register(struct page **pages, int nr);

int share_map(unsigned long start, int nr, unsigned int flags)
{
	struct page **pages;
	int rc;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (flags & SHARE_USER)
		rc = pin_user_pages_fast(start, nr, FOLL_WRITE, pages);
	else
		rc = share_get_kernel_pages(start, nr, pages);
	if (rc != nr) {
		if (rc >= 0)
			rc = -ENOMEM;
		goto err_free;
	}
	rc = share_register(pages, nr);
	if (!rc)
		return 0;
	if (flags & SHARE_USER)
		unpin_user_pages(pages, nr);
	else
		share_put_kernel_pages(pages, nr);
err_free:
	if (!(flags & SHARE_USER))
		share_put_kernel_pages(pages, nr);
	kfree(pages);
	return rc;
}

/*
 * check-name: a count merged from two acquisitions, the short path leaks the pin
 *
 * check-error-start
partial-merged-count-warn.c:46:16: warning: pages pinned by pin_user_pages_fast() at line 27 leak here when it pins fewer than asked (the test at line 30); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
