// SPDX-License-Identifier: GPL-2.0
/*
 * A DMA buffer mapped from user memory with pin_user_pages_fast(); the
 * short-pin error path drops the pages with put_page(): each pin leaks.
 */
#include "pincheck-kernel.h"

struct udma_buf {
	struct page **pages;
	int nr_pages;
};

static int udma_map_user(struct udma_buf *buf, unsigned long uaddr, int nr)
{
	int pinned, i;

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
		for (i = 0; i < pinned; i++)
			put_page(buf->pages[i]);
		kfree(buf->pages);
		return -EFAULT;
	}
	buf->nr_pages = pinned;
	return 0;
}

/*
 * check-name: pin_user_pages_fast() pages released with put_page()
 *
 * check-error-start
api-pin_user_pages_fast-warn.c:29:33: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 21; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
