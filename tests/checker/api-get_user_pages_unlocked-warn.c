// SPDX-License-Identifier: GPL-2.0
/*
 * A VFIO-style DMA mapping takes pages with get_user_pages_unlocked()
 * (FOLL_GET) and unmaps them with unpin_user_pages().
 */
#include "pincheck-kernel.h"

struct vdma_map {
	struct page **pages;
	long npage;
};

int vdma_iommu_map(struct vdma_map *map);

static int vdma_map_range(struct vdma_map *map, unsigned long vaddr,
			  unsigned long npage)
{
	map->pages = kvmalloc_array(npage, sizeof(struct page *), GFP_KERNEL);
	if (!map->pages)
		return -ENOMEM;

	map->npage = get_user_pages_unlocked(vaddr, npage, map->pages,
					     FOLL_WRITE);
	if (map->npage <= 0) {
		kvfree(map->pages);
		return -EFAULT;
	}
	if (vdma_iommu_map(map)) {
		unpin_user_pages(map->pages, map->npage);
		kvfree(map->pages);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: get_user_pages_unlocked() pages released with unpin_user_pages()
 *
 * check-error-start
api-get_user_pages_unlocked-warn.c:29:33: warning: unpin_user_pages() releases pages got by get_user_pages_unlocked() at line 22, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
