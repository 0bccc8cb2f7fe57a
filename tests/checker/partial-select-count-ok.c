// SPDX-License-Identifier: GPL-2.0
/*
 * The short side keeps what was pinned (or 0) in the struct, whose owner
 * unpins that many (videobuf-dma-sg.c's shape: the count goes through a
 * "?:").
 */
#include "pincheck-kernel.h"

struct vb_dma {
	struct page **pages;
	unsigned long nr_pages;
};

int vb_dma_init_user(struct vb_dma *dma, unsigned long data)
{
	long err;

	err = pin_user_pages(data, dma->nr_pages, FOLL_WRITE, dma->pages,
			     NULL);
	if (err != dma->nr_pages) {
		dma->nr_pages = (err >= 0) ? err : 0;
		return err < 0 ? err : -EINVAL;
	}
	return 0;
}
/*
 * check-name: the short count kept in the struct through a "?:"
 */
