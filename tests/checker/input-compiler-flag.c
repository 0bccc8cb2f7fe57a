// SPDX-License-Identifier: GPL-2.0
/*
 * A compiler flag the front end does not know (a newer compiler's, in a
 * kernel built by it): sparse ignores gcc's flags, as under kbuild, and
 * checks the file; clang's driver refuses the command before parsing, and
 * pincheck-clang names the file it could not check.
 */
#include "pincheck-kernel.h"

void drop_pinned(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		unpin_user_page(page);
}
/*
 * check-name: an unknown compiler flag
 * check-command: pincheck -mno-such-option-at-all $file
 *
 * check-clang-differs: sparse ignores the compiler's flags; clang's driver refuses an unknown one, and the file is not checked
 * check-clang-exit-value: 1
 * check-clang-exit-value: 1
 * check-clang-error-start
input-compiler-flag.c:0: pincheck-unchecked
 * check-clang-error-end
 */
