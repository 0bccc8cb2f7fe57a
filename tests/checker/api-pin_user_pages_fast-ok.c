// SPDX-License-Identifier: GPL-2.0
/*
 * A DMA buffer mapped from user memory with pin_user_pages_fast(); the
 * short-pin error path unpins exactly the pages it got.
 */
#include "pincheck-kernel.h"

struct udma_buf {
	struct page **pages;
	int nr_pages;
};

static int udma_map_user(struct udma_buf *buf, unsigned long uaddr, int nr)
{
	int pinned;

	buf->pages = kcalloc(nr, sizeof(struct page *), GFP_KERNEL);
	if (!buf->pages)
		return -ENOMEM;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM,
				     buf->pages);
	if (pinned < 0) {
		kfree(buf->pages);
		return pinned;
	}
	if (pinned != nr) {
		unpin_user_pages(buf->pages, pinned);
		kfree(buf->pages);
		return -EFAULT;
	}
	buf->nr_pages = pinned;
	return 0;
}

static void udma_unmap_user(struct udma_buf *buf)
{
	unpin_user_pages_dirty_lock(buf->pages, buf->nr_pages, true);
	kfree(buf->pages);
	buf->pages = NULL;
}

/*
 * check-name: pin_user_pages_fast() pages released with unpin_user_pages()
 */
