// SPDX-License-Identifier: GPL-2.0
/*
 * The count is one variable for two ways of taking the pages: pinned
 * from user memory, or borrowed from a kernel buffer, which takes no
 * reference.  The short path unpins under the same test that chose the
 * pin: its other side is the kernel buffer's, with nothing to release.
 */
#include "pincheck-kernel.h"

#define SHARE_USER	0x1

void *kcalloc(size_t n, size_t size, unsigned int flags);
void kfree(const void *p);
int share_lookup_kernel_pages(unsigned long start, int nr,
			      struct page **pages);
int share_register(struct page **pages, int nr);
void share_unregister(struct page **pages, int nr);

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
		rc = share_lookup_kernel_pages(start, nr, pages);
	if (rc != nr) {
		if (rc > 0 && (flags & SHARE_USER))
			unpin_user_pages(pages, rc);
		kfree(pages);
		return -EFAULT;
	}
	rc = share_register(pages, nr);
	if (rc && (flags & SHARE_USER))
		unpin_user_pages(pages, nr);
	return rc;
}

/*
 * check-name: a count merged from two acquisitions, unpinned under the pin's own test
 */
