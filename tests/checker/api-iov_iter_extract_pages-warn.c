// SPDX-License-Identifier: GPL-2.0
/*
 * A block driver extracts the pages of a request with
 * iov_iter_extract_pages(): they are pinned when the iterator is
 * user-backed (iov_iter_extract_will_pin()) and hold no reference
 * otherwise.  The completion drops them with put_page() whatever the
 * iterator was: the pins of a user-backed request leak.
 */
#include "pincheck-kernel.h"

#define XDIO_MAX_PAGES	32

struct xdio {
	struct page **pages;
	int nr_pages;
};

int xdio_submit(struct xdio *io, size_t offset, ssize_t len);

static void xdio_complete(struct xdio *io)
{
	int i;

	for (i = 0; i < io->nr_pages; i++)
		put_page(io->pages[i]);
	kvfree(io->pages);
}

static ssize_t xdio_start(struct xdio *io, struct iov_iter *iter,
			  size_t maxsize)
{
	size_t offset;
	ssize_t len;

	io->pages = NULL;
	len = iov_iter_extract_pages(iter, &io->pages, maxsize, XDIO_MAX_PAGES,
				     0, &offset);
	if (len <= 0)
		return len;
	io->nr_pages = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (xdio_submit(io, offset, len)) {
		xdio_complete(io);
		return -EFAULT;
	}
	return len;
}

/*
 * check-name: iov_iter_extract_pages() pages released with put_page() unconditionally
 *
 * check-error-start
api-iov_iter_extract_pages-warn.c:25:25: warning: put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 36 in xdio_start(); use unpin_user_page() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
