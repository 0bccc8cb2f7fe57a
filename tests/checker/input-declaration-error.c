// SPDX-License-Identifier: GPL-2.0
/*
 * A declaration sparse rejects (Linux's siw driver has __be32 bitfields)
 * leaves every function whole: sparse's error as sparse prints it, and
 * the file is still checked, with sparse's exit status (0).  Only an
 * error inside a function's body leaves the file unchecked
 * (input-parse-error.c).
 */
#include "pincheck-kernel.h"

typedef unsigned int __attribute__((bitwise)) __be32;

struct iwarp_ctrl {
	__be32 ddp_rdmap_ctrl:8;
	__be32 mpa_len:16;
};

int grab(unsigned long addr, struct iwarp_ctrl *c)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, 0, &page) != 1)
		return -EFAULT;
	put_page(page);
	return 0;
}
/*
 * check-name: an error in a declaration
 * check-needs-sparse-patches: 0005
 *
 * check-error-start
input-declaration-error.c:14:30: error: invalid bitfield specifier for type restricted __be32.
input-declaration-error.c:15:23: error: invalid bitfield specifier for type restricted __be32.
input-declaration-error.c:24:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 22; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
