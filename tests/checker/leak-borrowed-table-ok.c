// SPDX-License-Identifier: GPL-2.0
/*
 * The pages go into the object's scatterlist; the object's teardown
 * unpins what the table holds.  Where the table fails, the function
 * unpins the batch itself; where a later step fails, the teardown,
 * given the object that holds the table, does.
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
	if (ret) {
		unpin_user_pages(page_list, got);
		goto out;
	}
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
 * check-name: pages in a table are released by the teardown of its object
 */
