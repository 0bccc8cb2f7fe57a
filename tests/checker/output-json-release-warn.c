// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a wrong release reached through a helper, from pages
 * that one path pins and the other gets.  Both ends, the helper's call,
 * the other acquisition and the cure are members of the object.
 */
#include "pincheck-kernel.h"

#define XFER_PAGES	8

static void xfer_drop(struct page **pages, int nr)
{
	release_pages(pages, nr);
}

int xfer_user(unsigned long uaddr, int nr, bool write)
{
	struct page *pages[XFER_PAGES];
	int n;

	if (nr > XFER_PAGES)
		return -EINVAL;
	if (write)
		n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	else
		n = get_user_pages_fast(uaddr, nr, 0, pages);
	if (n <= 0)
		return -EFAULT;
	xfer_drop(pages, n);
	return 0;
}
/*
 * check-name: --format=json names both ends of a wrong release, through a helper
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-release-warn.c","line":13,"column":22,"severity":"warning","check":"pincheck-wrong-release","message":"release_pages() in xfer_drop() releases pages that may be pinned by pin_user_pages_fast() at line 24 in xfer_user(), passed to xfer_drop() at line 29 in xfer_user() (or got by get_user_pages_fast() at line 26 in xfer_user()); use unpin_user_pages() for the pinned ones","release":{"call":"release_pages","family":"get","file":"output-json-release-warn.c","line":13,"function":"xfer_drop"},"through":{"function":"xfer_drop","line":29,"caller":"xfer_user"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-release-warn.c","line":24,"function":"xfer_user"},"other_acquisition":{"call":"get_user_pages_fast","family":"get","file":"output-json-release-warn.c","line":26,"function":"xfer_user"},"cure":"unpin_user_pages"}
 * check-output-end
 */
