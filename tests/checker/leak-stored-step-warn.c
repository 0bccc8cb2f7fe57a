// SPDX-License-Identifier: GPL-2.0
/*
 * ivtv's shape: the step's result is stored in a member and the member
 * tested at once; the failing side returns without the unpin the other
 * error path has.  The test is of the call, through its store.
 */
#include "pincheck-kernel.h"

struct xdma {
	int page_count;
	int sg_length;
	struct page *map[16];
};

int xdma_fill(struct xdma *dma);
int xdma_map_sg(struct xdma *dma, int nr);

int xdma_setup(struct xdma *dma, unsigned long uaddr, int nr)
{
	int err;

	err = pin_user_pages_unlocked(uaddr, nr, dma->map, 0);
	if (err != nr) {
		if (err > 0)
			unpin_user_pages(dma->map, err);
		return -EFAULT;
	}
	dma->page_count = nr;
	if (xdma_fill(dma) < 0) {
		unpin_user_pages(dma->map, dma->page_count);
		dma->page_count = 0;
		return -ENOMEM;
	}
	dma->sg_length = xdma_map_sg(dma, dma->page_count);
	if (!dma->sg_length) {
		dma->page_count = 0;
		return -EINVAL;
	}
	return dma->page_count;
}

/*
 * check-name: a step stored in a member and tested there fails past the unpin
 *
 * check-error-start
leak-stored-step-warn.c:37:24: warning: pages pinned by pin_user_pages_unlocked() at line 22 leak here when the step at line 35 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
