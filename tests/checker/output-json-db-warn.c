// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json with --db: the wrong release is another file's; the
 * object puts the release call where it is, and the call that reaches
 * it in "through".
 */
#include "pincheck-kernel.h"
#include "cross/xbuf.h"

int xbuf_map(struct xbuf *xb, unsigned long uaddr)
{
	int n = pin_user_pages_fast(uaddr, xb->nr, FOLL_WRITE, xb->pages);

	if (n != xb->nr) {
		if (n > 0)
			unpin_user_pages(xb->pages, n);
		return -EFAULT;
	}
	return 0;
}

void xbuf_unmap(struct xbuf *xb)
{
	xbuf_release(xb->pages, xb->nr);
}
/*
 * check-name: --format=json with --db names another file's release and the call to it
 * check-command: pincheck --db=$db cross/xbuf-put.c; pincheck --format=json --db=$db $file
 *
 * check-output-start
{"file":"output-json-db-warn.c","line":24,"column":21,"severity":"warning","check":"pincheck-wrong-release","message":"xbuf_release() releases a page pinned by pin_user_pages_fast() at line 12 in xbuf_map() with put_page() at cross/xbuf-put.c:10; use unpin_user_page()","release":{"call":"put_page","family":"get","file":"cross/xbuf-put.c","line":10,"function":"xbuf_release"},"through":{"function":"xbuf_release","line":24,"caller":"xbuf_unmap"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-db-warn.c","line":12,"function":"xbuf_map"},"cure":"unpin_user_page"}
 * check-output-end
 */
