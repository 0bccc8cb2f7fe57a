// SPDX-License-Identifier: GPL-2.0
/*
 * Short pins handled: unpinned on the spot, unpinned after a goto, or
 * the count recorded for the object's own cleanup.
 */
#include <linux/mm.h>

struct ring {
	struct page **pages;
	int nr_pages;
};

static int ring_map(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned != nr) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	return 0;
}

static int ring_map_goto(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned, ret = 0;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned != nr)
		goto out_unpin;
	return 0;
out_unpin:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	return -EFAULT;
}

static int ring_init(struct ring *r, unsigned long uaddr, int nr)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, r->pages);
	if (pinned != nr) {
		r->nr_pages = pinned > 0 ? pinned : 0;
		return -EFAULT;
	}
	r->nr_pages = nr;
	return 0;
}
