// SPDX-License-Identifier: GPL-2.0
/*
 * struct xbuf's pages are pinned by xbuf_fill() in another file
 * (cross/xbuf-pin.c); this file only tears the buffer down, with
 * put_page() on each page: the pins leak.  The first run records what
 * xbuf_fill() stored in the member's array.
 */
#include "cross/xbuf.h"

void xbuf_teardown(struct xbuf *xb)
{
	int i;

	for (i = 0; i < xb->nr; i++)
		put_page(xb->pages[i]);
	xb->nr = 0;
}

/*
 * check-name: a member's pages pinned in another file, put in this one
 * check-command: pincheck --db=$db cross/xbuf-pin.c; pincheck --db=$db $file
 *
 * check-error-start
db-member-warn.c:15:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at cross/xbuf-pin.c:20 in xbuf_fill(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
