// SPDX-License-Identifier: GPL-2.0
/*
 * The count taken is tested against 0 only, and the release drops the
 * count taken.
 */
#include "pincheck-kernel.h"

#define XFER_PAGES	16

int xfer_run(struct page **pages, int nr);

int xfer_user(unsigned long uaddr)
{
	struct page *pages[XFER_PAGES];
	int got, ret;

	got = get_user_pages_fast(uaddr, XFER_PAGES, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	ret = xfer_run(pages, got);
	release_pages(pages, got);
	return ret;
}

/*
 * check-name: the count taken released where only 0 was ruled out
 */
