// SPDX-License-Identifier: GPL-2.0
/*
 * The library's xbuf_get(), in another file (cross/xbuf-pin.c), gets into
 * the caller's array; this driver drops the first page with put_page(),
 * as it should: no finding.
 */
#include "cross/xbuf.h"

static int dev_peek(unsigned long uaddr)
{
	struct page *pages[1];

	if (xbuf_get(uaddr, 1, pages) != 1)
		return -EFAULT;
	put_page(pages[0]);
	return 0;
}

/*
 * check-name: another file's helper gets; this one puts
 * check-command: pincheck --db=$db cross/xbuf-pin.c; pincheck --db=$db $file
 */
