// SPDX-License-Identifier: GPL-2.0
/*
 * Two loops over the pages: the first unpins the first half, the second
 * the rest.  Each release is reached again only through a new index.
 */
#include "pincheck-kernel.h"

void xfer_release(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr / 2; i++)
		unpin_user_page(pages[i]);
	for (; i < nr; i++)
		unpin_user_page(pages[i]);
}

/*
 * check-name: two loops unpin the two halves, each page once
 */
