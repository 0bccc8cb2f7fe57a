// SPDX-License-Identifier: GPL-2.0
/*
 * The count taken is tested against 0 only: where fewer pages were
 * pinned than asked, the release of the asked count unpins entries that
 * hold no pin.
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
	release_pages(pages, XFER_PAGES);
	return ret;
}

/*
 * check-name: the count asked for released where only 0 was ruled out
 *
 * check-error-start
count-untested-warn.c:22:22: warning: release_pages() releases the count asked of get_user_pages_fast() at line 18, which may have got fewer; release the count it returned [pincheck-pin-count]
 * check-error-end
 */
