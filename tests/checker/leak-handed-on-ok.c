// SPDX-License-Identifier: GPL-2.0
/*
 * The pages and their count go into the caller's object before a later
 * step fails: the object's teardown unpins them, not this error path.
 */
#include "pincheck-kernel.h"

struct umem {
	struct page **pages;
	int nr;
	void *table;
};

int umem_build_table(struct umem *um);

int umem_get(struct umem *um, unsigned long uaddr, int nr)
{
	struct page **pages;
	int got;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got <= 0)
		return -EFAULT;
	um->pages = pages;
	um->nr = got;
	um->table = kmalloc(64, GFP_KERNEL);
	if (!um->table)
		return -ENOMEM;
	return umem_build_table(um);
}

/*
 * check-name: pages handed to the caller's object before a step fails
 */
