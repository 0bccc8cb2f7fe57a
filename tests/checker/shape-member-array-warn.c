// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define DMA_MAP_MAX	64

struct udma_map {
	unsigned long vaddr;
	int nr;
	struct page *map[DMA_MAP_MAX];
};

int udma_map_user(struct udma_map *dma, unsigned long vaddr, int nr)
{
	int got;

	if (nr > DMA_MAP_MAX)
		return -ENOMEM;
	got = get_user_pages_fast(vaddr, nr, FOLL_WRITE, dma->map);
	if (got <= 0)
		return -EFAULT;
	dma->vaddr = vaddr;
	dma->nr = got;
	return 0;
}

void udma_unmap_user(struct udma_map *dma)
{
	int i;

	for (i = 0; i < dma->nr; i++)
		unpin_user_page(dma->map[i]);
	dma->nr = 0;
}
/*
 * check-name: got pages in the array member dma->map[], released with unpin_user_page()
 *
 * check-error-start
shape-member-array-warn.c:31:32: warning: unpin_user_page() releases a page got by get_user_pages_fast() at line 18 in udma_map_user(), which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
