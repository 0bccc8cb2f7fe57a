// SPDX-License-Identifier: GPL-2.0
/*
 * An error (n < 0) is handled first, as it should be; the short count
 * after it is not: those pages stay got.
 */
#include "pincheck-kernel.h"

int ring_attach(struct page **pages, int nr);

static int ring_map(unsigned long uaddr, struct page **pages, int nr)
{
	int n;

	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n < 0)
		return n;
	if (n != nr)
		return -EFAULT;
	return ring_attach(pages, n);
}

/*
 * check-name: a short get_user_pages_fast() after its error test leaks
 *
 * check-error-start
partial-negative-mixed-warn.c:18:24: warning: pages got by get_user_pages_fast() at line 14 leak here when it gets fewer than asked (the test at line 17); release them first with release_pages() [pincheck-partial-pin]
 * check-error-end
 */
