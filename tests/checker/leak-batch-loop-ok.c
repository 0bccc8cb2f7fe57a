// SPDX-License-Identifier: GPL-2.0
/*
 * Pins in batches of a stack array; each batch is unpinned before the
 * loop looks at how sending it went.
 */
#include "pincheck-kernel.h"

#define BATCH	16

int dma_send(unsigned long addr, unsigned long len);
int dma_queue(struct page *page);

static int dma_copy_user(unsigned long uaddr, unsigned long nr_pages)
{
	struct page *pages[BATCH];
	unsigned long done = 0;
	int i, n, ret;

	while (done < nr_pages) {
		unsigned long left = nr_pages - done;

		n = pin_user_pages_fast(uaddr + done * PAGE_SIZE,
					left < BATCH ? left : BATCH, 0, pages);
		if (n <= 0)
			return n ? n : -EFAULT;
		ret = dma_send(uaddr + done * PAGE_SIZE, n * PAGE_SIZE);
		unpin_user_pages(pages, n);
		if (ret < 0)
			return ret;
		done += n;
	}
	return 0;
}

/*
 * check-name: a batch loop unpins each batch before it tests the send
 */
