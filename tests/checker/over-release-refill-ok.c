// SPDX-License-Identifier: GPL-2.0
/*
 * A batch loop: each batch is pinned into the same array and used; a
 * failed transfer unpins its batch and goes on with the next one, which
 * pins into the array again before the other unpin.
 */
#include "pincheck-kernel.h"

#define BATCH	16

int xfer_pages(struct page **pages, int nr);

long xfer_batches(unsigned long uaddr, long nr_pages)
{
	struct page *pages[BATCH];
	long done = 0;
	int got;

	while (done < nr_pages) {
		got = pin_user_pages_fast(uaddr + done * PAGE_SIZE, BATCH,
					  FOLL_WRITE, pages);
		if (got <= 0)
			break;
		done += got;
		if (xfer_pages(pages, got)) {
			unpin_user_pages(pages, got);
			continue;
		}
		unpin_user_pages(pages, got);
	}
	return done;
}

/*
 * check-name: the array is pinned again between two unpins of it
 */
