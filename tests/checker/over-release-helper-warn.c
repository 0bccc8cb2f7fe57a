// SPDX-License-Identifier: GPL-2.0
/*
 * A helper unpins the pages on failure, and its caller unpins them again:
 * the second release is in another function than the first.  Releases
 * inside a helper are not compared with the caller's (docs/limits.md).
 */
#include "pincheck-kernel.h"

int xfer_pages(struct page **pages, int nr);

static int xfer_or_unpin(struct page **pages, int nr)
{
	int err = xfer_pages(pages, nr);

	if (err)
		unpin_user_pages(pages, nr);
	return err;
}

int xfer_user(unsigned long uaddr, struct page **pages, int nr)
{
	int got, err;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	err = xfer_or_unpin(pages, got);
	unpin_user_pages(pages, got);
	return err;
}

/*
 * check-name: a helper's unpin, then the caller's
 * check-known-to-fail
 *
 * check-error-start
over-release-helper-warn.c:27:25: warning: unpin_user_pages() releases pages pinned by pin_user_pages_fast() at line 24 that unpin_user_pages() in xfer_or_unpin() at line 16 already released [pincheck-over-release]
 * check-error-end
 */
