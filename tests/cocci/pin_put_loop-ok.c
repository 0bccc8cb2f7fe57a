// SPDX-License-Identifier: GPL-2.0
/* The same loop over got pages is right; over pinned ones, one call. */
#include <linux/mm.h>

static int dma_map_user(unsigned long uaddr, int nr, struct page **pages,
			bool to_user)
{
	int i, got;

	got = get_user_pages(uaddr, nr, to_user ? FOLL_WRITE : 0, pages,
			     NULL);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++) {
		if (to_user)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	got = pin_user_pages(uaddr, nr, FOLL_WRITE, pages, NULL);
	if (got > 0)
		unpin_user_pages_dirty_lock(pages, got, to_user);
	return 0;
}
