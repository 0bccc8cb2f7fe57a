// SPDX-License-Identifier: GPL-2.0
/*
 * The kind compared by hand: iov_iter_type() == ITER_UBUF.  The value is
 * the file's own enumerator's (6.12's order here).
 */
#include "pincheck-kernel.h"

int xfer_pages(struct page **pages, int nr);

ssize_t xfer_one(struct iov_iter *iter, struct page **pages)
{
	size_t offset;
	ssize_t len;
	int i, nr;

	len = iov_iter_extract_pages(iter, &pages, PAGE_SIZE * 4, 4, 0,
				     &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (xfer_pages(pages, nr) && iov_iter_type(iter) == ITER_UBUF) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		return -EFAULT;
	}
	return len;
}

/*
 * check-name: unpin under iov_iter_type() == ITER_UBUF
 * check-command: pincheck --format=json $file
 */
