// SPDX-License-Identifier: GPL-2.0
/*
 * --sparse: sparse's own warnings for the file too, so that pincheck can
 * stand in for sparse under kbuild; without it only pincheck's findings.
 */
#include "pincheck-kernel.h"

int counter;

void drop_user_page(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		put_page(page);
}
/*
 * check-name: --sparse
 * check-command: pincheck --sparse $file
 *
 * check-error-start
option-sparse.c:8:5: warning: symbol 'counter' was not declared. Should it be static?
option-sparse.c:10:6: warning: symbol 'drop_user_page' was not declared. Should it be static?
option-sparse.c:15:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 14; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
