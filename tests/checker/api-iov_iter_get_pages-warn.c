// SPDX-License-Identifier: GPL-2.0
/*
 * Pre-6.0 code: a FUSE-style request takes the pages of a user iovec with
 * iov_iter_get_pages() (FOLL_GET) and the reply path unpins them with
 * unpin_user_page().
 */
#include "pincheck-kernel.h"

#define FREQ_MAX_PAGES	32

struct freq {
	struct page *pages[FREQ_MAX_PAGES];
	unsigned int num_pages;
};

int freq_send(struct freq *req, size_t off, ssize_t len);

static void freq_release_pages(struct freq *req)
{
	unsigned int i;

	for (i = 0; i < req->num_pages; i++)
		unpin_user_page(req->pages[i]);
	req->num_pages = 0;
}

static ssize_t freq_get_user_pages(struct freq *req, struct iov_iter *ii,
				   size_t nbytes)
{
	size_t off;
	ssize_t ret;

	ret = iov_iter_get_pages(ii, req->pages, nbytes, FREQ_MAX_PAGES, &off);
	if (ret < 0)
		return ret;
	req->num_pages = (off + ret + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (freq_send(req, off, ret)) {
		freq_release_pages(req);
		return -EFAULT;
	}
	return ret;
}

/*
 * check-name: iov_iter_get_pages() pages released with unpin_user_page()
 *
 * check-error-start
api-iov_iter_get_pages-warn.c:23:32: warning: unpin_user_page() releases a page got by iov_iter_get_pages() at line 33 in freq_get_user_pages(), which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
