// SPDX-License-Identifier: GPL-2.0
/*
 * A put helper called with got pages only, and an unpin helper called
 * with pinned pages: nothing to change.
 */
#include <linux/mm.h>

static void ubuf_put_pages(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

static void ubuf_unpin_pages(struct page **pages, int nr)
{
	unpin_user_pages(pages, nr);
}

static int ubuf_read(unsigned long uaddr, int nr, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, nr, 0, pages);

	if (got > 0)
		ubuf_put_pages(pages, got);
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got > 0)
		ubuf_unpin_pages(pages, got);
	return 0;
}
