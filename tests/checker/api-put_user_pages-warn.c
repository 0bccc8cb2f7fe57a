// SPDX-License-Identifier: GPL-2.0
/*
 * The put_user_pages() of 5.3-5.5 dropped FOLL_GET references (FOLL_PIN came
 * in 5.6): releasing pinned pages with it leaks their pins.
 */
#include "pincheck-kernel.h"

#define XFER_MAX_PAGES	32

struct xfer {
	struct page *pages[XFER_MAX_PAGES];
	int nr_pages;
};

int xfer_run(struct xfer *x, bool write);

static int xfer_user(struct xfer *x, unsigned long uaddr, int nr, bool write)
{
	int got, err;

	if (nr > XFER_MAX_PAGES)
		return -EFAULT;

	got = pin_user_pages_fast(uaddr, nr, write ? FOLL_WRITE : 0, x->pages);
	if (got <= 0)
		return -EFAULT;
	x->nr_pages = got;

	err = xfer_run(x, write);
	put_user_pages(x->pages, x->nr_pages);
	x->nr_pages = 0;
	return err;
}

/*
 * check-name: put_user_pages() releases pin_user_pages_fast() pages
 *
 * check-error-start
api-put_user_pages-warn.c:30:23: warning: put_user_pages() releases pages pinned by pin_user_pages_fast() at line 24; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
