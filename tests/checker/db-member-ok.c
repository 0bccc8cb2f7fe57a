// SPDX-License-Identifier: GPL-2.0
/*
 * struct xbuf's pages are pinned by xbuf_fill() in another file
 * (cross/xbuf-pin.c); this file only tears the buffer down, with
 * unpin_user_page() on each page, as it should: no finding.
 */
#include "cross/xbuf.h"

void xbuf_teardown(struct xbuf *xb)
{
	int i;

	for (i = 0; i < xb->nr; i++)
		unpin_user_page(xb->pages[i]);
	xb->nr = 0;
}

/*
 * check-name: a member's pages pinned in another file, unpinned in this one
 * check-command: pincheck --db=$db cross/xbuf-pin.c; pincheck --db=$db $file
 */
