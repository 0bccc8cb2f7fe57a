// SPDX-License-Identifier: GPL-2.0
/* Without --sparse, sparse's own warnings are not printed. */
#include "pincheck-kernel.h"

int counter;

void drop_user_page(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		put_page(page);
}
/*
 * check-name: sparse's warnings are off by default
 *
 * check-error-start
option-no-sparse.c:12:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 11; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
