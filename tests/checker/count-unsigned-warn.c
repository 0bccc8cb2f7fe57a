// SPDX-License-Identifier: GPL-2.0
/*
 * The count returned is kept in an unsigned variable: when the pin fails
 * with -EFAULT, the short path unpins four billion pages.  The conversion
 * to unsigned is no instruction of the IR (both are 32 bits), but the
 * release widens the count as an unsigned one.
 */
#include "pincheck-kernel.h"

int ring_use(struct page **pages, unsigned int nr);

int ring_attach(unsigned long uaddr, unsigned int nr, struct page **pages)
{
	unsigned int got;
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
 * check-name: a negative count kept unsigned and released
 *
 * check-error-start
count-unsigned-warn.c:19:33: warning: unpin_user_pages() releases the count returned by pin_user_pages_fast() at line 17 kept unsigned, which is an error code when the pin fails; test it for an error first [pincheck-pin-count]
 * check-error-end
 */
