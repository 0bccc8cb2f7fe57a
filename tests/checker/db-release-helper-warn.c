// SPDX-License-Identifier: GPL-2.0
/*
 * A driver pins its pages with pin_user_pages_fast() and hands them back
 * through the library's xbuf_release(), defined in another file
 * (cross/xbuf-put.c), which put_page()s them.  The first run records
 * xbuf_release()'s summary in the database; the second reports at the call.
 */
#include "cross/xbuf.h"

static int dev_transfer(unsigned long uaddr, int nr)
{
	struct page *pages[16];
	int got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	xbuf_release(pages, got);
	return 0;
}

/*
 * check-name: another file's release helper put_page()s pinned pages
 * check-command: pincheck --db=$db cross/xbuf-put.c; pincheck --db=$db $file
 *
 * check-error-start
db-release-helper-warn.c:18:21: warning: xbuf_release() releases a page pinned by pin_user_pages_fast() at line 15 with put_page() at cross/xbuf-put.c:10; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
