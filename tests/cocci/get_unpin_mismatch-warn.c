// SPDX-License-Identifier: GPL-2.0
/* Got arrays released with unpin calls: the refcounts underflow. */
#include <linux/mm.h>

static ssize_t xfer_from_iter(struct iov_iter *iter, struct page **pages,
			      size_t len)
{
	size_t start;
	ssize_t got;
	int i, n;

	got = iov_iter_get_pages2(iter, pages, len, 16, &start);
	if (got <= 0)
		return got;
	n = DIV_ROUND_UP(got + start, PAGE_SIZE);
	for (i = 0; i < n; i++)
		unpin_user_page(pages[i]);
	return got;
}

static int xfer_user(unsigned long uaddr, int nr, struct page **pages)
{
	int got = get_user_pages_unlocked(uaddr, nr, pages, FOLL_WRITE);

	if (got > 0)
		unpin_user_pages(pages, got);
	if (got > 0)
		unpin_user_pages_dirty_lock(pages, got, true);
	return got;
}
