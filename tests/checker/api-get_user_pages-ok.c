// SPDX-License-Identifier: GPL-2.0
/*
 * A tape driver maps the user buffer with get_user_pages() (FOLL_GET)
 * and unmaps it with put_page().
 */
#include "pincheck-kernel.h"

struct tape_buf {
	struct page **mapped;
	long nr_mapped;
};

static long tape_map_user(struct tape_buf *tb, unsigned long uaddr,
			  unsigned long nr, bool rw)
{
	long got, i;

	got = get_user_pages(uaddr, nr, rw ? FOLL_WRITE : 0, tb->mapped, NULL);
	if (got < 0)
		return got;
	if (got < nr) {
		for (i = 0; i < got; i++)
			put_page(tb->mapped[i]);
		return -EFAULT;
	}
	tb->nr_mapped = got;
	return 0;
}

/*
 * check-name: get_user_pages() pages released with put_page()
 */
