// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a wrong release of the function's own carries its fix,
 * the call renamed to the cure, as a line and a range of bytes (the tab
 * before the call is one byte, not sparse's eight columns).
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
	put_page(page);
	return ret;
}
/*
 * check-name: --format=json carries the fix-it of a wrong release
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-warn.c","line":20,"column":17,"severity":"warning","check":"pincheck-wrong-release","message":"put_page() releases a page pinned by pin_user_pages_fast() at line 16; use unpin_user_page()","release":{"call":"put_page","family":"get","file":"output-json-fix-warn.c","line":20,"function":"vbuf_poke"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-warn.c","line":16,"function":"vbuf_poke"},"cure":"unpin_user_page","fix":{"file":"output-json-fix-warn.c","line":20,"column":2,"end_column":10,"text":"unpin_user_page"}}
 * check-output-end
 */
