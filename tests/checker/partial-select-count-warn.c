// SPDX-License-Identifier: GPL-2.0
/*
 * The short side returns -EINVAL and keeps nr_pages, the count asked
 * for: the owner unpins pages never pinned, and the pinned ones leak.
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
		return err < 0 ? err : -EINVAL;
	}
	return 0;
}
/*
 * check-name: the short count is not kept: an error through a "?:" is no count
 *
 * check-error-start
partial-select-count-warn.c:20:30: warning: pages pinned by pin_user_pages() at line 17 leak here when it pins fewer than asked (the test at line 19); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
