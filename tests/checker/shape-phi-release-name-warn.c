// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define SMALL_XFER	4

int dev_read_pages(int fd, struct page **pages, int nr, size_t len);

/*
 * The pages are pinned through the joined pointer but released through
 * the stack array's own name.
 */
int dev_read_small(int fd, unsigned long uaddr, size_t len, bool use_heap)
{
	struct page *small[SMALL_XFER];
	struct page **pages;
	int nr, pinned, ret;

	nr = (len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (nr > SMALL_XFER)
		return -ENOMEM;
	if (use_heap) {
		pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
		if (!pages)
			return -ENOMEM;
	} else {
		pages = small;
	}
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	ret = dev_read_pages(fd, pages, pinned, len);
	if (use_heap) {
		unpin_user_pages(pages, pinned);
		kfree(pages);
	} else {
		release_pages(small, pinned);
	}
	return ret;
}
/*
 * check-name: pinned through a joined pointer, released through the stack array's name
 *
 * check-error-start
shape-phi-release-name-warn.c:36:30: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 28; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
