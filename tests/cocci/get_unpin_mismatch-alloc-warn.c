// SPDX-License-Identifier: GPL-2.0
/*
 * Arrays got by iov_iter_get_pages_alloc2(), which allocates them, and
 * by get_user_pages_locked(), released with unpin calls.
 */
#include <linux/mm.h>

static ssize_t xfer_alloc(struct iov_iter *iter, size_t len)
{
	struct page **pages;
	size_t start;
	ssize_t got;

	got = iov_iter_get_pages_alloc2(iter, &pages, len, &start);
	if (got <= 0)
		return got;
	unpin_user_pages(pages, DIV_ROUND_UP(got + start, PAGE_SIZE));
	kvfree(pages);
	return got;
}

static long xfer_locked(unsigned long uaddr, int nr, struct page **pages,
			int *locked)
{
	long got = get_user_pages_locked(uaddr, nr, FOLL_WRITE, pages, locked);

	if (got > 0)
		unpin_user_pages(pages, got);
	return got;
}
