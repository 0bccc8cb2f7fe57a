// SPDX-License-Identifier: GPL-2.0
/*
 * After the pin, a device found dead returns without unpinning.  The
 * failed step is a test of a member, not of a call made after the pin:
 * pincheck does not take such tests as failed steps (a member may be
 * correlated with the pin in ways it does not see), and misses it.
 */
#include "pincheck-kernel.h"

struct xdev {
	bool dead;
};

#define ENODEV	19

int xdev_post(struct xdev *d, struct page **pages, int nr);

int xdev_write(struct xdev *d, unsigned long uaddr)
{
	struct page *pages[8];
	int got, ret;

	got = pin_user_pages_fast(uaddr, 8, 0, pages);
	if (got <= 0)
		return -EFAULT;
	if (d->dead)
		return -ENODEV;
	ret = xdev_post(d, pages, got);
	unpin_user_pages(pages, got);
	return ret;
}

/*
 * check-name: a member tested after the pin, the pages left pinned
 * check-known-to-fail
 *
 * check-error-start
leak-member-test-warn.c:27:24: warning: pages pinned by pin_user_pages_fast() at line 23 leak here when the step at line 26 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
