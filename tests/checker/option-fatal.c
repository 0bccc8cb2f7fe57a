// SPDX-License-Identifier: GPL-2.0
/* --fatal: findings make the exit status 1, for CI. */
#include "pincheck-kernel.h"

void drop_user_page(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		put_page(page);
}
/*
 * check-name: --fatal
 * check-command: pincheck --fatal $file
 * check-exit-value: 1
 *
 * check-error-start
option-fatal.c:10:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 9; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
