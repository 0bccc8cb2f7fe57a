// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

/* As a driver header would have it. */
static inline void gbuf_put_pages(struct page **pages, int nr, bool dirty)
{
	int i;

	for (i = 0; i < nr; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
}

int gbuf_fill(struct page **pages, int nr);

int gbuf_read_user(unsigned long uaddr, struct page **pages, int nr)
{
	int pinned, ret;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	ret = gbuf_fill(pages, pinned);
	gbuf_put_pages(pages, pinned, true);
	return ret;
}
/*
 * check-name: static inline helper put_page()s pinned pages: one finding
 *
 * check-error-start
shape-inline-helper-warn.c:12:25: warning: put_page() in gbuf_put_pages() releases a page pinned by pin_user_pages_fast() at line 22 in gbuf_read_user(), passed to gbuf_put_pages() at line 26 in gbuf_read_user(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
