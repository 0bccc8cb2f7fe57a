// SPDX-License-Identifier: GPL-2.0
/* Helpers of the file that put pages their callers pinned. */
#include <linux/mm.h>

static void ubuf_put_pages(struct page **pages, int nr, bool dirty)
{
	int i;

	for (i = 0; i < nr; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
}

static void ubuf_abort(struct device *dev, struct page **pages, int nr)
{
	dev_warn(dev, "short pin: %d\n", nr);
	release_pages(pages, nr);
}

static int ubuf_map(struct device *dev, unsigned long uaddr, int nr,
		    struct page **pages)
{
	int got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);

	if (got != nr) {
		ubuf_abort(dev, pages, got > 0 ? got : 0);
		return -EFAULT;
	}
	/* ... DMA ... */
	ubuf_put_pages(pages, got, true);
	return 0;
}
