// SPDX-License-Identifier: GPL-2.0
/* The get_user_pages() era's release loop, left over a pinned array. */
#include <linux/mm.h>

static void dma_release_user(struct page **pages, int nr, bool dirty);

static int dma_map_user(unsigned long uaddr, int nr, struct page **pages,
			bool to_user)
{
	int i, got;

	got = pin_user_pages(uaddr, nr, to_user ? FOLL_WRITE : 0, pages,
			     NULL);
	if (got <= 0)
		return -EFAULT;
	/* ... DMA ... */
	for (i = 0; i < got; i++) {
		if (to_user)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	return 0;
}
