// SPDX-License-Identifier: GPL-2.0
/* Got arrays put, pinned arrays unpinned: nothing to change. */
#include <linux/mm.h>

static int xfer_user(unsigned long uaddr, int nr, struct page **pages)
{
	int got = get_user_pages_unlocked(uaddr, nr, pages, FOLL_WRITE);

	if (got > 0)
		release_pages(pages, got);
	got = pin_user_pages_unlocked(uaddr, nr, pages, FOLL_WRITE);
	if (got > 0)
		unpin_user_pages(pages, got);
	return got;
}
