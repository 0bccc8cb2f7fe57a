// SPDX-License-Identifier: GPL-2.0
/*
 * A direct I/O path extracts the pages of its iterator and, after a short
 * transfer, unpins them only where user_backed_iter() says the iterator
 * is user-backed: the same test as iov_iter_extract_will_pin().
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int xfer_pages(struct page **pages, int nr);

static ssize_t xfer_iter(struct iov_iter *iter, size_t maxsize)
{
	struct page **pages = NULL;
	size_t offset;
	ssize_t len;
	int i, nr;

	len = iov_iter_extract_pages(iter, &pages, maxsize, 64, 0, &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (user_backed_iter(iter) && xfer_pages(pages, nr)) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		len = -EFAULT;
	}
	kvfree(pages);
	return len;
}

/*
 * check-name: user_backed_iter() guards the unpin
 * check-command: pincheck --format=json $file
 */
