// SPDX-License-Identifier: GPL-2.0
/*
 * Two unpins of the same pages, under conditions that exclude each
 * other: the write side unpins them dirty, the read side plain.
 */
#include "pincheck-kernel.h"

int xfer_pages(struct page **pages, int nr, bool write);

int xfer_user(unsigned long uaddr, struct page **pages, int nr, bool write)
{
	int got, err;

	got = pin_user_pages_fast(uaddr, nr, write ? FOLL_WRITE : 0, pages);
	if (got <= 0)
		return -EFAULT;
	err = xfer_pages(pages, got, write);
	if (write)
		unpin_user_pages_dirty_lock(pages, got, true);
	if (!write)
		unpin_user_pages(pages, got);
	return err;
}

/*
 * check-name: two unpins of the pages under opposite conditions
 */
