// SPDX-License-Identifier: GPL-2.0
/*
 * User memory is pinned, kernel memory got, by a flag.  When the
 * registration fails, the error path releases each the way it was taken,
 * under the same test.
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
		if (flags & SHARE_USER)
			unpin_user_pages(pages, nr);
		else
			share_put_kernel_pages(pages, nr);
		kfree(pages);
		return rc;
	}
	return 0;
}

/*
 * check-name: a step's error path releases each under the pin's own test
 */
