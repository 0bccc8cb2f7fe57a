// SPDX-License-Identifier: GPL-2.0
/*
 * The answer of iov_iter_extract_will_pin() is kept in a local; the
 * release tests it, but drops the other case's pages with put_page():
 * they hold no reference there, and put_page() frees them under the
 * iterator's owner.
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
	for (i = 0; i < nr; i++) {
		if (pinned)
			unpin_user_page(pages[i]);
		else
			put_page(pages[i]);
	}
	kvfree(pages);
	return len;
}

/*
 * check-name: a kept pin answer; the not-pinned side put_page()s pages it has no reference to
 *
 * check-error-start
cond-local-warn.c:31:33: warning: put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 21; use unpin_user_page() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
