// SPDX-License-Identifier: GPL-2.0
/*
 * The library's xbuf_pin(), in another file (cross/xbuf-pin.c), pins into
 * the caller's array; this driver drops the first page with put_page():
 * the pin leaks.  The message names where the pin was taken.
 */
#include "cross/xbuf.h"

static int dev_peek(unsigned long uaddr)
{
	struct page *pages[1];

	if (xbuf_pin(uaddr, 1, pages) != 1)
		return -EFAULT;
	put_page(pages[0]);
	return 0;
}

/*
 * check-name: another file's helper pins; this one puts
 * check-command: pincheck --db=$db cross/xbuf-pin.c; pincheck --db=$db $file
 *
 * check-error-start
db-fill-helper-warn.c:15:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at cross/xbuf-pin.c:10 in xbuf_pin(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
