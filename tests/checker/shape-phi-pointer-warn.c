// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define SMALL_XFER	4

int dev_write_pages(int fd, struct page **pages, int nr, size_t len);

/*
 * Small writes use the stack, big ones a heap array: the pointer is
 * joined over the if/else before the pages are pinned through it.
 */
int dev_write_user(int fd, unsigned long uaddr, size_t len)
{
	struct page *small[SMALL_XFER];
	struct page **pages;
	int nr, pinned, i, ret;

	nr = (len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (nr <= SMALL_XFER) {
		pages = small;
	} else {
		pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
		if (!pages)
			return -ENOMEM;
	}
	pinned = pin_user_pages_fast(uaddr, nr, 0, pages);
	if (pinned == nr)
		ret = dev_write_pages(fd, pages, nr, len);
	else
		ret = -EFAULT;
	for (i = 0; i < pinned; i++)
		put_page(pages[i]);
	if (pages != small)
		kfree(pages);
	return ret;
}
/*
 * check-name: pinned through a pointer joined over if/else, released with put_page()
 *
 * check-error-start
shape-phi-pointer-warn.c:32:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 26; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
