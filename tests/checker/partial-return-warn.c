// SPDX-License-Identifier: GPL-2.0
/*
 * pin_user_pages_fast() may pin fewer pages than asked; the short path
 * returns -EFAULT and the pages it did pin stay pinned.
 */
#include "pincheck-kernel.h"

struct dma_xfer {
	struct page *pages[32];
	int nr;
};

int dma_xfer_start(struct dma_xfer *x);

static int dma_xfer_map(struct dma_xfer *x, unsigned long uaddr, int nr)
{
	int n;

	if (nr > 32)
		return -EFAULT;
	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, x->pages);
	if (n != nr)
		return -EFAULT;
	x->nr = n;
	return dma_xfer_start(x);
}

/*
 * check-name: a short pin_user_pages_fast() returns with the pages it pinned
 *
 * check-error-start
partial-return-warn.c:23:24: warning: pages pinned by pin_user_pages_fast() at line 21 leak here when it pins fewer than asked (the test at line 22); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
