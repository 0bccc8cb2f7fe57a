// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define BATCH	16

int scan_pages(struct page **pages, int nr);
int dirty_pages(struct page **pages, int nr);

/*
 * A read-only scan batch is got, then the same scratch array is reused
 * for a write batch that is pinned; each batch is released correctly.
 * Memory is flow-insensitive: the array holds both families everywhere.
 */
int scan_then_dirty(unsigned long src, unsigned long dst, int nr)
{
	struct page *pages[BATCH];
	int n, ret;

	if (nr > BATCH)
		return -ENOMEM;
	n = get_user_pages_fast(src, nr, 0, pages);
	if (n <= 0)
		return -EFAULT;
	ret = scan_pages(pages, n);
	release_pages(pages, n);
	if (ret)
		return ret;

	n = pin_user_pages_fast(dst, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return -EFAULT;
	ret = dirty_pages(pages, n);
	unpin_user_pages_dirty_lock(pages, n, true);
	return ret;
}
/*
 * check-name: one stack array reused for a got batch then a pinned batch
 * check-known-to-fail
 */
