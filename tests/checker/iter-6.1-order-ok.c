// SPDX-License-Identifier: GPL-2.0
/*
 * Linux 6.1's enum iter_type: ITER_UBUF is the last value, not 0.  The
 * kind compared is read from the file's enumerator, as a tree declares it.
 */
#define PINCHECK_ITER_ENUM
enum iter_type {
	ITER_IOVEC, ITER_KVEC, ITER_BVEC, ITER_PIPE, ITER_XARRAY,
	ITER_DISCARD, ITER_UBUF,
};
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
 * check-name: unpin under iov_iter_type() == ITER_UBUF, 6.1's values
 * check-command: pincheck --format=json $file
 */
