// SPDX-License-Identifier: GPL-2.0
/*
 * pin_user_pages_fast() may pin fewer pages than asked; the short path
 * unpins the ones it did pin before it returns -EFAULT.
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
	if (n != nr) {
		if (n > 0)
			unpin_user_pages(x->pages, n);
		return -EFAULT;
	}
	x->nr = n;
	return dma_xfer_start(x);
}

/*
 * check-name: a short pin_user_pages_fast() unpins what it pinned, then returns
 */
