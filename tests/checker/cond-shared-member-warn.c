// SPDX-License-Identifier: GPL-2.0
/*
 * fuse style, the put under the kept pin answer: there the pages of the
 * shared member are the extracted ones, pinned, and put_page() leaks
 * the pin.
 */
#include "pincheck-kernel.h"

#define XREQ_PAGES	8

struct xreq {
	struct page *pages[XREQ_PAGES];
	unsigned int nr;
	bool is_pinned;
};

int xreq_send(struct xreq *req);
struct page *xreq_cache_page(void *mapping, unsigned long index);

void xreq_release_user_pages(struct xreq *req)
{
	unsigned int i;

	for (i = 0; i < req->nr; i++)
		if (req->is_pinned)
			unpin_user_page(req->pages[i]);
}

ssize_t xreq_direct(struct xreq *req, struct iov_iter *ii)
{
	struct page **pages = &req->pages[req->nr];
	size_t off;
	ssize_t len;

	len = iov_iter_extract_pages(ii, &pages, PAGE_SIZE * XREQ_PAGES,
				     XREQ_PAGES, 0, &off);
	if (len <= 0)
		return len;
	req->nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	req->is_pinned = iov_iter_extract_will_pin(ii);
	len = xreq_send(req);
	xreq_release_user_pages(req);
	return len;
}

int xreq_buffered_write(struct xreq *req, void *mapping, unsigned long index)
{
	unsigned int i;
	int err;

	for (i = 0; i < XREQ_PAGES; i++) {
		struct page *page = xreq_cache_page(mapping, index + i);

		if (!page)
			break;
		req->pages[req->nr++] = page;
	}
	err = xreq_send(req);
	for (i = 0; i < req->nr; i++)
		if (req->is_pinned)
			put_page(req->pages[i]);
	return err;
}

/*
 * check-name: a put of a shared member where the kept answer says pinned
 *
 * check-error-start
cond-shared-member-warn.c:61:33: warning: put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 35 in xreq_direct(); use unpin_user_page() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
