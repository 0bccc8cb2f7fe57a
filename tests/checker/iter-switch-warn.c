// SPDX-License-Identifier: GPL-2.0
/*
 * A switch on iov_iter_type() whose BVEC case extracts and unpins: a
 * BVEC iterator's pages are not pinned by the extraction.
 */
#include "pincheck-kernel.h"

int fill_sg(struct page **pages, int nr);

ssize_t extract_to_sg(struct iov_iter *iter, size_t maxsize,
		      struct page **pages)
{
	size_t offset;
	ssize_t len;
	int i, nr;

	switch (iov_iter_type(iter)) {
	case ITER_BVEC:
		len = iov_iter_extract_pages(iter, &pages, maxsize, 16, 0,
					     &offset);
		if (len <= 0)
			return len;
		nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
		if (fill_sg(pages, nr)) {
			for (i = 0; i < nr; i++)
				unpin_user_page(pages[i]);
			return -EFAULT;
		}
		return len;
	default:
		return -EOPNOTSUPP;
	}
}

/*
 * check-name: the BVEC case of a switch on iov_iter_type() unpins
 *
 * check-error-start
iter-switch-warn.c:26:48: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 19, where the iterator is not user-backed: it holds no reference [pincheck-cond-pin]
 * check-error-end
 */
