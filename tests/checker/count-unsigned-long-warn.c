// SPDX-License-Identifier: GPL-2.0
/*
 * The count returned is kept in an unsigned long: when the pin fails with
 * -EFAULT, the short path unpins 2^64 - 14 pages.  The int is widened
 * with its sign, as it would be into a long: pincheck cannot tell the
 * two apart, and misses it (docs/limits.md).
 */
#include "pincheck-kernel.h"

int ring_use(struct page **pages, unsigned int nr);

int ring_attach(unsigned long uaddr, unsigned int nr, struct page **pages)
{
	unsigned long got;
	int ret;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got != nr) {
		unpin_user_pages(pages, got);
		return -EFAULT;
	}
	ret = ring_use(pages, nr);
	unpin_user_pages(pages, nr);
	return ret;
}

/*
 * check-name: a negative count kept unsigned long and released
 * check-known-to-fail
 *
 * check-error-start
count-unsigned-long-warn.c:19:33: warning: unpin_user_pages() releases the count returned by pin_user_pages_fast() at line 17 kept unsigned, which is an error code when the pin fails; test it for an error first [pincheck-pin-count]
 * check-error-end
 */
