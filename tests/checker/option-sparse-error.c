// SPDX-License-Identifier: GPL-2.0
/* -Wsparse-error, as sparse: findings become errors, exit status 1. */
#include "pincheck-kernel.h"

void drop_user_page(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		put_page(page);
}
/*
 * check-name: -Wsparse-error
 * check-command: pincheck -Wsparse-error $file
 * check-exit-value: 1
 *
 * check-error-start
option-sparse-error.c:10:25: error: put_page() releases a page pinned by pin_user_pages_fast() at line 9; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
