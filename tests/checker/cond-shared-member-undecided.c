// SPDX-License-Identifier: GPL-2.0
/*
 * fuse style (6.12's ap->pages): one request struct holds the pages of
 * direct I/O (extracted, released under the kept pin answer) and those
 * of a buffered write (page-cache pages with their own reference, put
 * when written).  The put is of the page-cache ones, but a member is one
 * location for every request: the extracted pages reach the put too.
 * The file keeps the pin answer and the put does not test it: which
 * pages it drops is not decided here.  A pincheck-undecided record
 * (--format=json), never a warning.
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
		put_page(req->pages[i]);
	return err;
}

/*
 * check-name: a member holding extracted and page-cache pages, the latter put
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"cond-shared-member-undecided.c","line":65,"column":25,"severity":"note","check":"pincheck-undecided","message":"put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 40 in xreq_direct(), stored where other pages may be too; the file keeps the pin answer and this release does not test it","release":{"call":"put_page","family":"get","file":"cond-shared-member-undecided.c","line":65,"function":"xreq_buffered_write"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"cond-shared-member-undecided.c","line":40,"function":"xreq_direct"},"cure":null}
 * check-output-end
 */
