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
	int pinned, i, ret;

	pinned = pin_user_pages_fast(uaddr, nr, 0, pages);
	if (pinned <= 0)
		return -EFAULT;
	ret = fb_blit_pages(fb, pages, pinned);
	for (i = 0; i < pinned; i++)
		fb_drop_page(pages[i], false);
	return ret;
}
/*
 * check-name: static helper put_page()s a page it is passed, called with pinned pages
 *
 * check-error-start
shape-helper-release-warn.c:10:17: warning: put_page() in fb_drop_page() releases a page pinned by pin_user_pages_fast() at line 18 in fb_blit_user(), passed to fb_drop_page() at line 23 in fb_blit_user(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
