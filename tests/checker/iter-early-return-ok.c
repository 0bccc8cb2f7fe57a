// SPDX-License-Identifier: GPL-2.0
/*
 * netfs style: anything but a UBUF or IOVEC iterator is turned away at
 * the top, so every unpin below is of pinned pages.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int xfer_pages(struct page **pages, int nr);

ssize_t xfer_user_iter(struct iov_iter *orig, size_t maxsize)
{
	struct page **pages = NULL;
	size_t offset;
	ssize_t len;
	int i, nr;

	if (!iter_is_ubuf(orig) && !iter_is_iovec(orig))
		return -EIO;
	len = iov_iter_extract_pages(orig, &pages, maxsize, 64, 0, &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (xfer_pages(pages, nr)) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		len = -EFAULT;
	}
	kvfree(pages);
	return len;
}

/*
 * check-name: an early return keeps only user-backed iterators
 * check-command: pincheck --format=json $file
 */
