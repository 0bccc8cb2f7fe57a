// SPDX-License-Identifier: GPL-2.0
/*
 * A card driver's DMA page list is filled by get_user_pages_fast()
 * (FOLL_GET) and freed by unpin_user_pages_dirty_lock().
 */
#include "pincheck-kernel.h"

struct dma_pagelist {
	struct page **page_list;
	int nr_pages;
	bool write;
};

static void dma_pagelist_free(struct dma_pagelist *m)
{
	unpin_user_pages_dirty_lock(m->page_list, m->nr_pages, m->write);
	kfree(m->page_list);
	m->page_list = NULL;
}

static int dma_pagelist_alloc(struct dma_pagelist *m, unsigned long uaddr,
			      int nr, bool write)
{
	int rc;

	m->page_list = kcalloc(nr, sizeof(struct page *), GFP_KERNEL);
	if (!m->page_list)
		return -ENOMEM;
	m->write = write;

	rc = get_user_pages_fast(uaddr, nr, write ? FOLL_WRITE : 0,
				 m->page_list);
	if (rc < 0) {
		kfree(m->page_list);
		return rc;
	}
	m->nr_pages = rc;
	if (rc != nr) {
		dma_pagelist_free(m);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_user_pages_dirty_lock() releases get_user_pages_fast() pages
 *
 * check-error-start
api-unpin_user_pages_dirty_lock-warn.c:16:36: warning: unpin_user_pages_dirty_lock() releases pages got by get_user_pages_fast() at line 31 in dma_pagelist_alloc(), which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
