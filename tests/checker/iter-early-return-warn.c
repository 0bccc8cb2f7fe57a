// SPDX-License-Identifier: GPL-2.0
/*
 * The early return is inverted: only kernel iterators get through, and
 * their extracted pages hold no reference to unpin.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int xfer_pages(struct page **pages, int nr);

ssize_t xfer_kernel_iter(struct iov_iter *orig, size_t maxsize)
{
	struct page **pages = NULL;
	size_t offset;
	ssize_t len;
	int i, nr;

	if (iter_is_ubuf(orig) || iter_is_iovec(orig))
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
 * check-name: an early return keeps only kernel iterators, then unpins
 *
 * check-error-start
iter-early-return-warn.c:26:40: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 20, where the iterator is not user-backed: it holds no reference [pincheck-cond-pin]
 * check-error-end
 */
