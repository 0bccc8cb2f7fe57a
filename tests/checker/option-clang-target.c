// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild gives a clang build's compiler options to the checker too
 * (make LLVM=1 C=2): --target= is clang's, ignored as sparse ignores it.
 */
#include "pincheck-kernel.h"

void drop_user_page(unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) == 1)
		put_page(page);
}
/*
 * check-name: clang's --target= from an LLVM=1 kbuild command line
 * check-command: pincheck --target=x86_64-linux-gnu $file
 *
 * check-error-start
option-clang-target.c:13:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 12; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
