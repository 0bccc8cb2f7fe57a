// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: puts of extracted pages.  Under
 * iov_iter_extract_will_pin() the pages are pinned: the fix renames the
 * put to the unpin.  With no test of the iterator, which call is right
 * depends on its kind: no fix.
 */
#include "pincheck-kernel.h"

int xio_send(struct page **pages, int nr);

ssize_t xio_send_pinned(struct iov_iter *iter, struct page **pages,
			size_t len)
{
	size_t off;
	ssize_t got;
	int i, nr;

	got = iov_iter_extract_pages(iter, &pages, len, 8, 0, &off);
	if (got <= 0)
		return got;
	nr = (off + got + PAGE_SIZE - 1) >> PAGE_SHIFT;
	xio_send(pages, nr);
	if (iov_iter_extract_will_pin(iter))
		for (i = 0; i < nr; i++)
			put_page(pages[i]);
	return got;
}

ssize_t xio_send_any(struct iov_iter *iter, struct page **pages, size_t len)
{
	size_t off;
	ssize_t got;
	int i, nr;

	got = iov_iter_extract_pages(iter, &pages, len, 8, 0, &off);
	if (got <= 0)
		return got;
	nr = (off + got + PAGE_SIZE - 1) >> PAGE_SHIFT;
	xio_send(pages, nr);
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	return got;
}
/*
 * check-name: --format=json: a put of extracted pages gets its fix only where they are pinned
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-cond-warn.c","line":26,"column":33,"severity":"warning","check":"pincheck-cond-pin","message":"put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 19; use unpin_user_page() when iov_iter_extract_will_pin()","release":{"call":"put_page","family":"get","file":"output-json-fix-cond-warn.c","line":26,"function":"xio_send_pinned"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"output-json-fix-cond-warn.c","line":19,"function":"xio_send_pinned"},"cure":"unpin_user_page","fix":{"file":"output-json-fix-cond-warn.c","line":26,"column":4,"end_column":12,"text":"unpin_user_page"}}
{"file":"output-json-fix-cond-warn.c","line":42,"column":25,"severity":"warning","check":"pincheck-cond-pin","message":"put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 36; use unpin_user_page() when iov_iter_extract_will_pin()","release":{"call":"put_page","family":"get","file":"output-json-fix-cond-warn.c","line":42,"function":"xio_send_any"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"output-json-fix-cond-warn.c","line":36,"function":"xio_send_any"},"cure":"unpin_user_page"}
 * check-output-end
 */
