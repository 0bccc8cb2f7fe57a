// SPDX-License-Identifier: GPL-2.0
/*
 * A comparison with a small constant does not name a condition (err == 0
 * here, ret == 0 there are different values): the release under the
 * opposite-looking test is still reported.
 */
#include "pincheck-kernel.h"

int map_setup(void);

int map_user(unsigned long addr, struct page **pages, int nr)
{
	int err = map_setup();
	int ret = 0, got = 0, i;

	if (err == 0)
		got = pin_user_pages_fast(addr, nr, FOLL_WRITE, pages);
	if (got != nr)
		ret = -EFAULT;
	if (ret != 0)
		for (i = 0; i < got; i++)
			put_page(pages[i]);
	return ret;
}
/*
 * check-name: small constants are not guards
 *
 * check-error-start
guard-small-constant-warn.c:22:33: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 17; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
