// SPDX-License-Identifier: GPL-2.0
/* Short pins whose exits return with the pages that were pinned. */
#include <linux/mm.h>

static int ring_map(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned != nr)
		return -EFAULT;
	return 0;
}

static int ring_map_locked(unsigned long uaddr, int nr, struct page **pages)
{
	long got;

	got = pin_user_pages(uaddr, nr, FOLL_LONGTERM, pages, NULL);
	if (got < nr) {
		pr_debug("short pin: %ld of %d\n", got, nr);
		return got < 0 ? got : -EFAULT;
	}
	return 0;
}
