// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int fb_blit_pages(void *fb, struct page **pages, int nr);

static void fb_drop_page(struct page *page, bool dirty)
{
	if (dirty)
		set_page_dirty_lock(page);
	put_page(page);
}

int fb_blit_user(void *fb, unsigned long uaddr, int nr,
		 struct page **pages)
{
	int got, i, ret;

	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return -EFAULT;
	ret = fb_blit_pages(fb, pages, got);
	for (i = 0; i < got; i++)
		fb_drop_page(pages[i], false);
	return ret;
}
/*
 * check-name: static helper put_page()s a page it is passed, called with got pages
 */
