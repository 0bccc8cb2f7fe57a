// SPDX-License-Identifier: GPL-2.0
/*
 * lib/scatterlist.c style: a switch on iov_iter_type() sends the user
 * kinds to the helper that extracts and, on failure, unpins; the static
 * helper has no other caller, so its iterator is user-backed.
 */
#include "pincheck-kernel.h"

int fill_sg(struct page **pages, int nr);

static ssize_t extract_user_pages(struct iov_iter *iter, size_t maxsize,
				  struct page **pages)
{
	size_t offset;
	ssize_t len;
	int i, nr;

	len = iov_iter_extract_pages(iter, &pages, maxsize, 16, 0, &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (fill_sg(pages, nr)) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		return -EFAULT;
	}
	return len;
}

ssize_t extract_to_sg(struct iov_iter *iter, size_t maxsize,
		      struct page **pages)
{
	switch (iov_iter_type(iter)) {
	case ITER_UBUF:
	case ITER_IOVEC:
		return extract_user_pages(iter, maxsize, pages);
	case ITER_BVEC:
	case ITER_KVEC:
		return -EOPNOTSUPP;
	default:
		return -EFAULT;
	}
}

/*
 * check-name: a switch on iov_iter_type() calls the unpinning helper for user kinds
 * check-command: pincheck --format=json $file
 */
