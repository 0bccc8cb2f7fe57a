// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a put of extracted pages in a static helper that puts
 * only where the saved pin answer says "pinned", and that every call
 * passes extracted pages: the fix renames the helper's put to the unpin.
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
/*
 * check-name: --format=json: a put in a static helper, run where pinned, gets its fix
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-cond-helper-warn.c","line":20,"column":25,"severity":"warning","check":"pincheck-cond-pin","message":"put_page() in xdio_drop() releases a page that may be pinned by iov_iter_extract_pages() at line 31 in xdio_run(); use unpin_user_page() when iov_iter_extract_will_pin()","release":{"call":"put_page","family":"get","file":"output-json-fix-cond-helper-warn.c","line":20,"function":"xdio_drop"},"through":{"function":"xdio_drop","line":36,"caller":"xdio_run"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"output-json-fix-cond-helper-warn.c","line":31,"function":"xdio_run"},"cure":"unpin_user_page","fix":{"file":"output-json-fix-cond-helper-warn.c","line":20,"column":3,"end_column":11,"text":"unpin_user_page"}}
 * check-output-end
 */
