// SPDX-License-Identifier: GPL-2.0
/*
 * User memory is pinned, kernel memory got, by a flag.  When the
 * registration fails, the error path puts the kernel pages under the
 * opposite of the pin's test and forgets to unpin the user ones: that
 * put is of other pages, not a release of these.
 */
#include "pincheck-kernel.h"

#define SHARE_USER	0x1

void *kcalloc(size_t n, size_t size, unsigned int flags);
void kfree(const void *p);
int share_get_kernel_pages(unsigned long start, int nr,
			      struct page **pages);
int share_register(unsigned long start, int nr);
void share_put_kernel_pages(struct page **pages, int nr);

int share_map(unsigned long start, int nr, unsigned int flags)
{
	struct page **pages;
	int rc;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (flags & SHARE_USER) {
		rc = pin_user_pages_fast(start, nr, FOLL_WRITE, pages);
		if (rc != nr) {
			if (rc > 0)
				unpin_user_pages(pages, rc);
			kfree(pages);
			return -EFAULT;
		}
	} else {
		share_get_kernel_pages(start, nr, pages);
	}
	rc = share_register(start, nr);
	if (rc) {
		if (!(flags & SHARE_USER))
			share_put_kernel_pages(pages, nr);
		kfree(pages);
		return rc;
	}
	return 0;
}

/*
 * check-name: a step's error path releases only under the opposite of the pin's test
 *
 * check-error-start
leak-flag-guard-warn.c:43:24: warning: pages pinned by pin_user_pages_fast() at line 28 leak here when the step at line 39 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
