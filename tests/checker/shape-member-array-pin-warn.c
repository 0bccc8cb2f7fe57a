// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define DMA_MAP_MAX	64

struct udma_map {
	unsigned long vaddr;
	int nr;
	struct page *map[DMA_MAP_MAX];
};

int udma_pin_user(struct udma_map *dma, unsigned long vaddr, int nr)
{
	int pinned;

	if (nr > DMA_MAP_MAX)
		return -ENOMEM;
	pinned = pin_user_pages_fast(vaddr, nr, FOLL_WRITE | FOLL_LONGTERM,
				     dma->map);
	if (pinned <= 0)
		return -EFAULT;
	dma->vaddr = vaddr;
	dma->nr = pinned;
	return 0;
}

void udma_unpin_user(struct udma_map *dma)
{
	release_pages(dma->map, dma->nr);
	dma->nr = 0;
}
/*
 * check-name: pinned pages in the array member dma->map[], released with release_pages()
 *
 * check-error-start
shape-member-array-pin-warn.c:29:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 18 in udma_pin_user(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
