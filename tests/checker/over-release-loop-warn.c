// SPDX-License-Identifier: GPL-2.0
/*
 * The release loop drops each page, then the cleanup drops the same
 * page again: pages[i] with the same i, nothing in between.
 */
#include "pincheck-kernel.h"

int xfer_page(struct page *page);

void xfer_release(struct page **pages, int nr, bool dirty)
{
	int i;

	for (i = 0; i < nr; i++) {
		if (dirty)
			set_page_dirty_lock(pages[i]);
		unpin_user_page(pages[i]);
		if (xfer_page(NULL))
			unpin_user_page(pages[i]);
	}
}

/*
 * check-name: one page unpinned twice in one iteration
 *
 * check-error-start
over-release-loop-warn.c:19:40: warning: unpin_user_page() releases a page that unpin_user_page() at line 17 already released [pincheck-over-release]
 * check-error-end
 */
