// SPDX-License-Identifier: GPL-2.0
/*
 * A file sparse cannot parse: sparse's errors, as sparse prints them, then
 * one line saying the file was not checked, and exit status 1.  Nothing
 * of a half-parsed file is analysed (what sparse dropped could be the
 * releases), so good()'s wrong release is not reported.
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
 * check-exit-value: 1
 *
 * check-error-start
input-parse-error.c:22:19: error: No right hand side of '+'-expression
pincheck: input-parse-error.c: not checked: sparse could not parse it (errors above)
 * check-error-end
 *
 * check-clang-differs: clang words its parse errors differently, and pincheck-clang still checks the functions that parse
 * check-clang-error-start
input-parse-error.c:0: pincheck-unchecked
input-parse-error.c:16: pincheck-wrong-release fix 16:2-10 unpin_user_page
 * check-clang-error-end
 */
