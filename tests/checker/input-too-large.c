// SPDX-License-Identifier: GPL-2.0
/*
 * A function larger than the analysis takes (--max-insns lowers the
 * bound from 200000 so that a fixture can show it): a note, not a hang,
 * and the other functions are checked.
 */
#include "pincheck-kernel.h"

int small(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	put_page(page);
	return 0;
}

int large(unsigned long addr, int n, struct page **pages)
{
	int i, got = pin_user_pages_fast(addr, n, FOLL_WRITE, pages);

	for (i = 0; i < got; i++) {
		set_page_dirty_lock(pages[i]);
		put_page(pages[i]);
	}
	for (i = 0; i < got; i++)
		pages[i] = NULL;
	return got;
}
/*
 * check-name: too large a function
 * check-command: pincheck --max-insns=25 $file
 *
 * check-error-start
input-too-large.c:15:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 13; use unpin_user_page() [pincheck-wrong-release]
input-too-large.c:19:5: note: large(): too large for pincheck (58 instructions), not checked
 * check-error-end
 */
