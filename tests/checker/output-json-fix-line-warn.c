// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: two wrong releases on one line, each with its fix: the
 * column of its '(' says which bytes are its name.
 */
#include "pincheck-kernel.h"

int vbuf_touch(struct page *page);

int vbuf_poke(unsigned long uaddr)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page);
	if (ret != 1)
		return -EFAULT;
	ret = vbuf_touch(page);
	put_page(page); put_page(page + 1);
	return ret;
}
/*
 * check-name: --format=json: two fix-its on one line, each at its call
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-line-warn.c","line":19,"column":17,"severity":"warning","check":"pincheck-wrong-release","message":"put_page() releases a page pinned by pin_user_pages_fast() at line 15; use unpin_user_page()","release":{"call":"put_page","family":"get","file":"output-json-fix-line-warn.c","line":19,"function":"vbuf_poke"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-line-warn.c","line":15,"function":"vbuf_poke"},"cure":"unpin_user_page","fix":{"file":"output-json-fix-line-warn.c","line":19,"column":2,"end_column":10,"text":"unpin_user_page"}}
{"file":"output-json-fix-line-warn.c","line":19,"column":33,"severity":"warning","check":"pincheck-wrong-release","message":"put_page() releases a page pinned by pin_user_pages_fast() at line 15; use unpin_user_page()","release":{"call":"put_page","family":"get","file":"output-json-fix-line-warn.c","line":19,"function":"vbuf_poke"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-line-warn.c","line":15,"function":"vbuf_poke"},"cure":"unpin_user_page","fix":{"file":"output-json-fix-line-warn.c","line":19,"column":18,"end_column":26,"text":"unpin_user_page"}}
 * check-output-end
 */
