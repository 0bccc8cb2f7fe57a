// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json on a correct file prints nothing at all: no object, no
 * empty list, so that a script can count lines.
 */
#include "pincheck-kernel.h"

int dma_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned < 0)
		return pinned;
	if (pinned != nr) {
		unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	return 0;
}
/*
 * check-name: --format=json prints nothing for a correct file
 * check-command: pincheck --format=json $file
 */
