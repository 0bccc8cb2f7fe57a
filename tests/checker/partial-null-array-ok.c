// SPDX-License-Identifier: GPL-2.0
/*
 * The count is cut to what was pinned and the common exit unpins, under
 * "if (pages)": the array is never NULL once pinned into (net/rds/info.c's
 * shape).
 */
#include "pincheck-kernel.h"

int info_fill(struct page **pages, int nr);

int info_getsockopt(unsigned long start, int nr_pages)
{
	struct page **pages = NULL;
	int ret;

	pages = kmalloc_array(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages) {
		ret = -ENOMEM;
		goto out;
	}
	ret = pin_user_pages_fast(start, nr_pages, FOLL_WRITE, pages);
	if (ret != nr_pages) {
		if (ret > 0)
			nr_pages = ret;
		else
			nr_pages = 0;
		ret = -EAGAIN;
		goto out;
	}
	ret = info_fill(pages, nr_pages);
out:
	if (pages)
		unpin_user_pages_dirty_lock(pages, nr_pages, true);
	kfree(pages);
	return ret;
}
/*
 * check-name: "if (pages)" before the unpin: the NULL side has no pages
 */
