// SPDX-License-Identifier: GPL-2.0
/*
 * An error path unpins the pages, then falls into the common exit, which
 * unpins them again: every pin is dropped twice.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int map_pages(struct page **pages, int nr);
int start_dma(void *dev);

int xdev_map(void *dev, struct page **pages, unsigned long uaddr, int nr)
{
	int got, ret;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	if (got != nr) {
		ret = -EFAULT;
		goto unpin;
	}
	ret = map_pages(pages, got);
	if (ret) {
		unpin_user_pages(pages, got);
		goto unpin;
	}
	ret = start_dma(dev);
	if (!ret)
		return 0;
unpin:
	unpin_user_pages(pages, got);
	return ret;
}

/*
 * check-name: an error path unpins, then the common exit unpins again
 *
 * check-error-start
over-release-goto-warn.c:32:25: warning: unpin_user_pages() releases pages pinned by pin_user_pages_fast() at line 16 that unpin_user_pages() at line 25 already released [pincheck-over-release]
 * check-error-end
 */
