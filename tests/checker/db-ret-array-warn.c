// SPDX-License-Identifier: GPL-2.0
/*
 * xbuf_pin_alloc(), in another file (cross/xbuf-pin.c), returns a new
 * array of pinned pages; this driver gives them back with release_pages():
 * the pins leak.
 */
#include "cross/xbuf.h"

void kvfree(const void *addr);

static int dev_map(unsigned long uaddr, int nr)
{
	struct page **pages = xbuf_pin_alloc(uaddr, nr);

	if (!pages)
		return -ENOMEM;
	release_pages(pages, nr);
	kvfree(pages);
	return 0;
}

/*
 * check-name: another file returns an array of pinned pages; release_pages()
 * check-command: pincheck --db=$db cross/xbuf-pin.c; pincheck --db=$db $file
 *
 * check-error-start
db-ret-array-warn.c:17:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at cross/xbuf-pin.c:30 in xbuf_pin_alloc(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
