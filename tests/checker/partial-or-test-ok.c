// SPDX-License-Identifier: GPL-2.0
/*
 * Two buffers pinned into one map, their sizes in local structs: sparse
 * folds the cleanup's "||" of two compares into an "or"; a short first
 * pin makes it true, so the path reaches the unpin.
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

void yuv_get_info(struct yuv_dma *d, unsigned long uaddr);

int yuv_prep(struct yuv_map *m, unsigned long ya, unsigned long uva)
{
	struct yuv_dma y_dma, uv_dma;
	int y_pages, uv_pages;

	yuv_get_info(&y_dma, ya);
	yuv_get_info(&uv_dma, uva);

	y_pages = pin_user_pages_unlocked(y_dma.uaddr, y_dma.page_count,
					  &m->map[0], FOLL_WRITE);
	uv_pages = 0;
	if (y_pages == y_dma.page_count)
		uv_pages = pin_user_pages_unlocked(uv_dma.uaddr, uv_dma.page_count,
						   &m->map[y_pages], FOLL_WRITE);

	if (y_pages != y_dma.page_count || uv_pages != uv_dma.page_count) {
		if (y_pages == y_dma.page_count && uv_pages > 0)
			unpin_user_pages(&m->map[y_pages], uv_pages);
		if (y_pages > 0)
			unpin_user_pages(m->map, y_pages);
		return -EFAULT;
	}
	return yuv_dma_start(m, y_pages + uv_pages);
}
/*
 * check-name: a short pin retested in an "or" of compares (sparse folds it) reaches the unpin
 */
