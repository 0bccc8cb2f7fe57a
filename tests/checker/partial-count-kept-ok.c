// SPDX-License-Identifier: GPL-2.0
/*
 * The count is kept in the buffer before the short test: the buffer's
 * release (in its caller's error path) unpins nr_pinned pages.  No finding.
 */
#include "pincheck-kernel.h"

struct umem_buf {
	struct page *pages[64];
	int nr_pinned;
};

static int umem_buf_pin(struct umem_buf *buf, unsigned long uaddr, int nr)
{
	int n;

	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, buf->pages);
	buf->nr_pinned = n > 0 ? n : 0;
	if (n != nr)
		return -EFAULT;
	return 0;
}

void umem_buf_release(struct umem_buf *buf)
{
	unpin_user_pages(buf->pages, buf->nr_pinned);
	buf->nr_pinned = 0;
}

/*
 * check-name: the count kept before the short test: the owner unpins
 */
