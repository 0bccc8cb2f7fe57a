// SPDX-License-Identifier: GPL-2.0
/*
 * The pages go into the object's scatterlist; the object's teardown
 * unpins what the table holds.  Where the table itself fails it holds
 * none of them, and the function returns without unpinning them.
 */
#include "pincheck-kernel.h"

struct umem {
	struct sg_table sgt;
	int mapped;
};

int umem_map(struct umem *um);
void umem_release(struct umem *um);

struct umem *umem_get(unsigned long uaddr, int nr)
{
	struct page **page_list;
	struct umem *um;
	int got, ret;

	um = kmalloc(sizeof(*um), GFP_KERNEL);
	if (!um)
		return ERR_PTR(-ENOMEM);
	page_list = kvmalloc_array(nr, sizeof(*page_list), GFP_KERNEL);
	if (!page_list) {
		ret = -ENOMEM;
		goto out;
	}
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, page_list);
	if (got < 0) {
		ret = got;
		goto out;
	}
	ret = sg_alloc_table_from_pages(&um->sgt, page_list, got, 0,
					got * PAGE_SIZE, GFP_KERNEL);
	if (ret)
		goto release;
	ret = umem_map(um);
	if (ret)
		goto release;
	kvfree(page_list);
	return um;

release:
	umem_release(um);
out:
	kvfree(page_list);
	kfree(um);
	return ERR_PTR(ret);
}

/*
 * check-name: pages the table failed to take are left pinned
 *
 * check-error-start
leak-borrowed-table-warn.c:51:23: warning: pages pinned by pin_user_pages_fast() at line 31 leak here when the step at line 38 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
