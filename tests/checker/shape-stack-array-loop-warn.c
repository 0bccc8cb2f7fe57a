// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define XFER_MAX_PAGES	16

int xfer_map_page(int chan, struct page *page, unsigned int len);

int xfer_submit(int chan, unsigned long uaddr, size_t len)
{
	struct page *pages[XFER_MAX_PAGES];
	int nr, i, ret = 0;

	nr = (len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (nr > XFER_MAX_PAGES)
		return -ENOMEM;
	nr = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (nr <= 0)
		return -EFAULT;
	for (i = 0; i < nr && !ret; i++)
		ret = xfer_map_page(chan, pages[i], PAGE_SIZE);
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	return ret;
}
/*
 * check-name: pinned stack array released with put_page(pages[i]) in a loop
 *
 * check-error-start
shape-stack-array-loop-warn.c:22:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 16; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
