// SPDX-License-Identifier: GPL-2.0
/*
 * A bool parameter picks pin or get, and the release tests the same
 * parameter: each family meets its own release.
 */
#include "pincheck-kernel.h"

int dev_dma(struct page **pages, int nr);

int dev_xfer(unsigned long uaddr, int nr, struct page **pages, bool pin,
	     bool dirty)
{
	int n, ret;

	if (pin)
		n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	else
		n = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (n <= 0)
		return -EFAULT;
	ret = dev_dma(pages, n);
	if (pin)
		unpin_user_pages_dirty_lock(pages, n, dirty);
	else
		release_pages(pages, n);
	return ret;
}
/*
 * check-name: pin or get by a flag, released by the same flag
 */
