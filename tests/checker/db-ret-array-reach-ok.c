// SPDX-License-Identifier: GPL-2.0
/*
 * sgpool_alloc() (cross/sgpool.c) returns slots that another function of
 * its file fills with got pages; this driver pins into the slots it gets
 * and unpins them.  What sgpool_alloc() returns holds nothing of its own:
 * no "may be got".
 */
#include "pincheck-kernel.h"

struct sgpool;
struct page **sgpool_alloc(struct sgpool *p, int n);

static int dev_map(struct sgpool *pool, unsigned long uaddr, int n)
{
	struct page **slots = sgpool_alloc(pool, n);
	int got;

	got = pin_user_pages_fast(uaddr, n, FOLL_WRITE, slots);
	if (got <= 0)
		return -EFAULT;
	unpin_user_pages(slots, got);
	return 0;
}

/*
 * check-name: an allocator's summary holds only what it reaches
 * check-command: pincheck --db=$db cross/sgpool.c; pincheck --db=$db $file
 */
