// SPDX-License-Identifier: GPL-2.0
/*
 * The function keeps the pages in the caller's object and releases them
 * on no path of its own: whoever tears the object down unpins them.  But
 * when the table fails, it frees the array first: nobody can unpin those
 * pages after that.
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
	if (rc < 0)
		goto free_array;
	ub->npages = rc;
	rc = sg_alloc_table_from_pages(&ub->sgt, ub->pages, rc, 0,
				       rc * PAGE_SIZE, GFP_KERNEL);
	if (rc < 0)
		goto free_array;
	return 0;

free_array:
	kvfree(ub->pages);
	return rc;
}

/*
 * check-name: the array of kept pages freed when a later step fails
 *
 * check-error-start
leak-freed-array-warn.c:36:16: warning: pages pinned by pin_user_pages_fast() at line 23 leak here when the step at line 30 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
