// SPDX-License-Identifier: GPL-2.0
/*
 * A block driver extracts the pages of a request with
 * iov_iter_extract_pages(): they are pinned when the iterator is
 * user-backed (iov_iter_extract_will_pin()) and hold no reference
 * otherwise.  The completion unpins them only when they were pinned.
 */
#include "pincheck-kernel.h"

#define XDIO_MAX_PAGES	32

struct xdio {
	struct page **pages;
	int nr_pages;
	bool pinned;
};

int xdio_submit(struct xdio *io, size_t offset, ssize_t len);

static void xdio_complete(struct xdio *io)
{
	if (io->pinned)
		unpin_user_pages(io->pages, io->nr_pages);
	kvfree(io->pages);
}

static ssize_t xdio_start(struct xdio *io, struct iov_iter *iter,
			  size_t maxsize)
{
	size_t offset;
	ssize_t len;

	io->pages = NULL;
	io->pinned = iov_iter_extract_will_pin(iter);
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
 * check-name: iov_iter_extract_pages() pages unpinned when iov_iter_extract_will_pin()
 */
