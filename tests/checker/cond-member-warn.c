// SPDX-License-Identifier: GPL-2.0
/*
 * The answer of iov_iter_extract_will_pin() is saved in the request, but
 * the completion unpins whatever it was: for a kernel-backed iterator the
 * pages hold no reference and the unpin underflows them.
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
 * check-name: the pin answer saved in a member, the unpin ignores it
 *
 * check-error-start
cond-member-warn.c:21:25: warning: unpin_user_pages() releases pages extracted by iov_iter_extract_pages() at line 33 in xdio_start(), pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first [pincheck-cond-pin]
 * check-error-end
 */
