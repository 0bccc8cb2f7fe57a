// SPDX-License-Identifier: GPL-2.0
/*
 * A driver pins its pages with pin_user_pages_fast() and hands them back
 * through the library's xbuf_release(), defined in another file
 * (cross/xbuf-unpin.c), which unpins them: no finding, though the
 * release is in another file.
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
 * check-name: another file's release helper unpins pinned pages
 * check-command: pincheck --db=$db cross/xbuf-unpin.c; pincheck --db=$db $file
 */
