// SPDX-License-Identifier: GPL-2.0
/*
 * Pre-6.0 code: a CIFS-style direct write takes its pages with
 * iov_iter_get_pages_alloc() (FOLL_GET, array allocated by the call) and
 * the error path unpins them with unpin_user_pages().
 */
#include "pincheck-kernel.h"

struct wdata {
	struct page **pages;
	unsigned int nr_pages;
};

int wdata_send(struct wdata *wd, size_t start, ssize_t len);

static ssize_t wdata_setup(struct wdata *wd, struct iov_iter *from,
			   size_t wsize)
{
	size_t start;
	ssize_t len;

	len = iov_iter_get_pages_alloc(from, &wd->pages, wsize, &start);
	if (len < 0)
		return len;
	wd->nr_pages = (start + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (wdata_send(wd, start, len)) {
		unpin_user_pages(wd->pages, wd->nr_pages);
		kvfree(wd->pages);
		wd->pages = NULL;
		return -EFAULT;
	}
	return len;
}

/*
 * check-name: iov_iter_get_pages_alloc() pages released with unpin_user_pages()
 *
 * check-error-start
api-iov_iter_get_pages_alloc-warn.c:28:33: warning: unpin_user_pages() releases pages got by iov_iter_get_pages_alloc() at line 22, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
