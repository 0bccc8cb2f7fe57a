// SPDX-License-Identifier: GPL-2.0
/*
 * A tape driver maps the user buffer with get_user_pages() (FOLL_GET)
 * and unmaps it with unpin_user_pages(): the references underflow.
 */
#include "pincheck-kernel.h"

struct tape_buf {
	struct page **mapped;
	long nr_mapped;
};

static long tape_map_user(struct tape_buf *tb, unsigned long uaddr,
			  unsigned long nr, bool rw)
{
	long got;

	got = get_user_pages(uaddr, nr, rw ? FOLL_WRITE : 0, tb->mapped, NULL);
	if (got < 0)
		return got;
	if (got < nr) {
		unpin_user_pages(tb->mapped, got);
		return -EFAULT;
	}
	tb->nr_mapped = got;
	return 0;
}

/*
 * check-name: get_user_pages() pages released with unpin_user_pages()
 *
 * check-error-start
api-get_user_pages-warn.c:22:33: warning: unpin_user_pages() releases pages got by get_user_pages() at line 18, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
