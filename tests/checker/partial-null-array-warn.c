// SPDX-License-Identifier: GPL-2.0
/*
 * The count is cut to what was pinned, but the short path jumps past the
 * unpin to the kfree(): the pages stay pinned.
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
	if (pages)
		unpin_user_pages_dirty_lock(pages, nr_pages, true);
out:
	kfree(pages);
	return ret;
}
/*
 * check-name: the short path jumps past the unpin to the free
 *
 * check-error-start
partial-null-array-warn.c:27:17: warning: pages pinned by pin_user_pages_fast() at line 20 leak here when it pins fewer than asked (the test at line 21); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
