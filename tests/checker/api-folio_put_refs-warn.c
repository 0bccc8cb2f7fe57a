// SPDX-License-Identifier: GPL-2.0
/*
 * A capture buffer spans a run of pages of one large folio, pinned with
 * pin_user_pages_fast(); the driver drops them all with one
 * folio_put_refs() on the folio: the pins leak.
 */
#include "pincheck-kernel.h"

struct capture {
	struct page *first;
	int nr;
};

static int capture_map(struct capture *cap, unsigned long uaddr, int nr)
{
	struct page *pages[8];
	int got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	cap->first = pages[0];
	cap->nr = got;
	return 0;
}

static void capture_unmap(struct capture *cap)
{
	folio_put_refs(page_folio(cap->first), cap->nr);
	cap->first = NULL;
}

/*
 * check-name: folio_put_refs() drops pins of pin_user_pages_fast() pages
 *
 * check-error-start
api-folio_put_refs-warn.c:29:23: warning: folio_put_refs() releases a page pinned by pin_user_pages_fast() at line 19 in capture_map(); use unpin_user_page_range_dirty_lock() [pincheck-wrong-release]
 * check-error-end
 */
