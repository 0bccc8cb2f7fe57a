// SPDX-License-Identifier: GPL-2.0
/* Pinned arrays released with put_page() and release_pages(). */
#include <linux/mm.h>

static int vbuf_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int i, got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	if (got != nr) {
		release_pages(pages, got);
		return -EFAULT;
	}
	for (i = 0; i < got; i++)
		flush_dcache_page(pages[i]);
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	return 0;
}

static int vbuf_map_remote(struct mm_struct *mm, unsigned long uaddr,
			   struct page **pages, int nr, int off)
{
	long got;

	got = pin_user_pages_remote(mm, uaddr, nr, 0, pages + off, NULL,
				    NULL);
	if (got <= 0)
		return -EFAULT;
	folio_put(page_folio(pages[off]));
	return 0;
}
