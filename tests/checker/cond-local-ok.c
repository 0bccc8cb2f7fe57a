// SPDX-License-Identifier: GPL-2.0
/*
 * The answer of iov_iter_extract_will_pin() is kept in a local; the
 * release unpins when it was yes, and leaves the pages alone otherwise
 * (they hold no reference).
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int xfer_pages(struct page **pages, int nr);

static ssize_t xfer_iter(struct iov_iter *iter, size_t maxsize)
{
	bool pinned = iov_iter_extract_will_pin(iter);
	struct page **pages = NULL;
	size_t offset;
	ssize_t len;
	int i, nr;

	len = iov_iter_extract_pages(iter, &pages, maxsize, 64, 0, &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (xfer_pages(pages, nr))
		len = -EFAULT;
	for (i = 0; pinned && i < nr; i++)
		unpin_user_page(pages[i]);
	kvfree(pages);
	return len;
}

/*
 * check-name: a kept pin answer guards the unpin
 */
