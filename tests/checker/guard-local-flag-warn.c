// SPDX-License-Identifier: GPL-2.0
/*
 * A bool parameter picks pin or get; the release tests another bool: the
 * got pages may be unpinned.
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
	if (dirty)
		unpin_user_pages_dirty_lock(pages, n, true);
	else
		release_pages(pages, n);
	return ret;
}
/*
 * check-name: pin or get by one flag, released by another flag
 *
 * check-error-start
guard-local-flag-warn.c:23:44: warning: unpin_user_pages_dirty_lock() releases pages that may be got by get_user_pages_fast() at line 18 (or pinned by pin_user_pages_fast() at line 16), which hold no pin; use release_pages() for the got ones [pincheck-wrong-release]
guard-local-flag-warn.c:25:30: warning: release_pages() releases pages that may be pinned by pin_user_pages_fast() at line 16 (or got by get_user_pages_fast() at line 18); use unpin_user_pages() for the pinned ones [pincheck-wrong-release]
 * check-error-end
 */
