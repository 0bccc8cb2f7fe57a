// SPDX-License-Identifier: GPL-2.0
/*
 * A file sparse cannot parse: sparse's errors, as sparse prints them, and
 * sparse's exit status (0); the functions that do parse are still checked.
 */
#include "pincheck-kernel.h"

int good(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	put_page(page);
	return 0;
}

int broken(int x)
{
	return x +;
}
/*
 * check-name: parse errors
 *
 * check-error-start
input-parse-error.c:20:19: error: No right hand side of '+'-expression
input-parse-error.c:14:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 12; use unpin_user_page()
 * check-error-end
 *
 * check-clang-differs: clang words its parse errors differently, and pincheck-clang exits 1 on a file that does not compile (pincheck: 0, as sparse); the functions that parse are still checked
 * check-clang-exit-value: 1
 * check-clang-error-start
input-parse-error.c:20:19: error: expected expression
input-parse-error.c:14:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 12; use unpin_user_page()
pincheck-clang: input-parse-error.c: does not compile
 * check-clang-error-end
 */
