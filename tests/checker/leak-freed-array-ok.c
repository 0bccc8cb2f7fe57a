// SPDX-License-Identifier: GPL-2.0
/*
 * The function keeps the pages and their count in the caller's object
 * and releases them on no path of its own.  When the table fails it
 * returns with the array still in the object: the caller's teardown may
 * unpin them, so this exit is not judged.
 */
#include "pincheck-kernel.h"

struct user_buf {
	struct page **pages;
	unsigned int npages;
	struct sg_table sgt;
};

int user_buf_pin(struct user_buf *ub, unsigned long start, int npages)
{
	int rc;

	ub->pages = kvmalloc_array(npages, sizeof(*ub->pages), GFP_KERNEL);
	if (!ub->pages)
		return -ENOMEM;
	rc = pin_user_pages_fast(start, npages, FOLL_WRITE | FOLL_LONGTERM,
				 ub->pages);
	if (rc < 0) {
		kvfree(ub->pages);
		return rc;
	}
	ub->npages = rc;
	rc = sg_alloc_table_from_pages(&ub->sgt, ub->pages, rc, 0,
				       rc * PAGE_SIZE, GFP_KERNEL);
	if (rc < 0)
		return rc;
	return 0;
}

/*
 * check-name: kept pages whose array stays with the caller are not judged
 */
