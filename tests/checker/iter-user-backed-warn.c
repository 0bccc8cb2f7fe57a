// SPDX-License-Identifier: GPL-2.0
/*
 * The test is the wrong way round: the pages are unpinned where the
 * iterator is not user-backed, where the extraction took no reference.
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
	if (!user_backed_iter(iter) && xfer_pages(pages, nr)) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		len = -EFAULT;
	}
	kvfree(pages);
	return len;
}

/*
 * check-name: unpin where user_backed_iter() said no
 *
 * check-error-start
iter-user-backed-warn.c:24:40: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 18, where the iterator is not user-backed: it holds no reference [pincheck-cond-pin]
 * check-error-end
 */
