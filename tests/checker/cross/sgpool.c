// SPDX-License-Identifier: GPL-2.0
/*
 * A pool of page slots: sgpool_alloc() hands out slots and fills nothing;
 * sgpool_zcopy(), another function of the file, gets pages into slots it
 * took.  One alias class in this file, but only the second acquires.
 */
#include "pincheck-kernel.h"

struct sgpool {
	struct page **slots;
	int used;
};

struct page **sgpool_alloc(struct sgpool *p, int n)
{
	struct page **a = p->slots + p->used;

	p->used += n;
	return a;
}

int sgpool_zcopy(struct sgpool *p, unsigned long uaddr)
{
	int got = get_user_pages_fast(uaddr, 1, 0, p->slots + p->used);

	if (got == 1)
		p->used++;
	return got;
}
