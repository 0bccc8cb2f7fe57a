// SPDX-License-Identifier: GPL-2.0
/*
 * Two buffers pinned into one map; the second only when the first was
 * pinned whole.  The cleanup unpins the second buffer only: a short
 * first pin leaves its pages pinned.
 */
#include "pincheck-kernel.h"

struct yuv_dma {
	unsigned long uaddr;
	int page_count;
};

struct yuv_map {
	struct page *map[64];
};

int yuv_dma_start(struct yuv_map *m, int nr);

int yuv_prep(struct yuv_map *m, struct yuv_dma *y, struct yuv_dma *uv)
{
	int y_pages, uv_pages;

	y_pages = pin_user_pages_unlocked(y->uaddr, y->page_count,
					  &m->map[0], FOLL_WRITE);
	uv_pages = 0;
	if (y_pages == y->page_count)
		uv_pages = pin_user_pages_unlocked(uv->uaddr, uv->page_count,
						   &m->map[y_pages], FOLL_WRITE);

	if (y_pages != y->page_count || uv_pages != uv->page_count) {
		if (y_pages == y->page_count && uv_pages > 0)
			unpin_user_pages(&m->map[y_pages], uv_pages);
		return -EFAULT;
	}
	return yuv_dma_start(m, y_pages + uv_pages);
}
/*
 * check-name: a short pin tested again, the cleanup forgets its pages
 *
 * check-error-start
partial-same-test-warn.c:34:24: warning: pages pinned by pin_user_pages_unlocked() at line 24 leak here when it pins fewer than asked (the test at line 31); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
