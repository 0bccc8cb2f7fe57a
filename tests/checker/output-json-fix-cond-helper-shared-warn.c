// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a put of extracted pages in a static helper that puts
 * only where the saved pin answer says "pinned"; one call passes it a
 * page the file does not follow, for which the put may be right:
 * renaming the helper's put could break that caller, so no fix.
 */
#include "pincheck-kernel.h"

struct xdio {
	bool pinned;
	struct iov_iter *iter;
	struct page *pages[8];
};

int xdio_submit(struct page *page);

static void xdio_drop(struct xdio *xd, struct page *page)
{
	if (xd->pinned)
		put_page(page);
}

int xdio_run(struct xdio *xd, struct iov_iter *iter, size_t len)
{
	struct page **pages = xd->pages;
	size_t off;
	ssize_t got;
	int ret;

	xd->pinned = iov_iter_extract_will_pin(iter);
	got = iov_iter_extract_pages(iter, &pages, len, 8, 0, &off);
	if (got <= 0)
		return got;
	ret = xdio_submit(pages[0]);
	if (ret) {
		xdio_drop(xd, pages[0]);
		return ret;
	}
	xdio_drop(xd, pages[0]);
	return 0;
}

void xdio_abort(struct xdio *xd, struct page *page)
{
	xdio_drop(xd, page);
}
/*
 * check-name: --format=json: no fix-it for a helper's put that a caller passes other pages
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-cond-helper-shared-warn.c","line":21,"column":25,"severity":"warning","check":"pincheck-cond-pin","message":"put_page() in xdio_drop() releases a page that may be pinned by iov_iter_extract_pages() at line 32 in xdio_run(); use unpin_user_page() when iov_iter_extract_will_pin()","release":{"call":"put_page","family":"get","file":"output-json-fix-cond-helper-shared-warn.c","line":21,"function":"xdio_drop"},"through":{"function":"xdio_drop","line":37,"caller":"xdio_run"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"output-json-fix-cond-helper-shared-warn.c","line":32,"function":"xdio_run"},"cure":"unpin_user_page"}
 * check-output-end
 */
