// SPDX-License-Identifier: GPL-2.0
/*
 * An error (n <= 0) is handled first; the short count after it gives the
 * pages back with release_pages().
 */
#include "pincheck-kernel.h"

int ring_attach(struct page **pages, int nr);

static int ring_map(unsigned long uaddr, struct page **pages, int nr)
{
	int n;

	n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return n ? n : -EFAULT;
	if (n != nr) {
		release_pages(pages, n);
		return -EFAULT;
	}
	return ring_attach(pages, n);
}

/*
 * check-name: a short get_user_pages_fast() after its error test is released
 */
