// SPDX-License-Identifier: GPL-2.0
/*
 * Asked for one page, pin_user_pages_fast() pins it or none: a count
 * other than 1 has nothing to unpin.  No finding.
 */
#include "pincheck-kernel.h"

static int doorbell_map(unsigned long uaddr, struct page **page)
{
	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, page) != 1)
		return -EFAULT;
	return 0;
}

/*
 * check-name: one page asked for: no short count
 */
