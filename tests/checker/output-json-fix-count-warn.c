// SPDX-License-Identifier: GPL-2.0
/*
 * The fix of a release of the count asked for: the variable that holds
 * the count the pin returned, in its place.  Where that variable is
 * written again before the release, it may no longer hold the count, and
 * the finding carries no fix.
 */
#include "pincheck-kernel.h"

int xframe_pin(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned < 0)
		return pinned;
	if (pinned != nr) {
		unpin_user_pages(pages, nr);
		return -EFAULT;
	}
	return 0;
}

int xframe_pin_err(unsigned long uaddr, int nr, struct page **pages)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	if (ret != nr) {
		ret = -EFAULT;
		unpin_user_pages(pages, nr);
		return ret;
	}
	return 0;
}

/*
 * check-name: a count fix names the variable the pin's count is in
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-count-warn.c","line":18,"column":33,"severity":"warning","check":"pincheck-pin-count","message":"unpin_user_pages() releases the count asked of pin_user_pages_fast() at line 14, which may have pinned fewer (the test at line 17); release the count it returned","release":{"call":"unpin_user_pages","family":"pin","file":"output-json-fix-count-warn.c","line":18,"function":"xframe_pin"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-count-warn.c","line":14,"function":"xframe_pin"},"short_test":{"file":"output-json-fix-count-warn.c","line":17},"count":"asked","fix":{"file":"output-json-fix-count-warn.c","line":18,"column":27,"end_column":29,"text":"pinned"}}
{"file":"output-json-fix-count-warn.c","line":33,"column":33,"severity":"warning","check":"pincheck-pin-count","message":"unpin_user_pages() releases the count asked of pin_user_pages_fast() at line 28, which may have pinned fewer (the test at line 31); release the count it returned","release":{"call":"unpin_user_pages","family":"pin","file":"output-json-fix-count-warn.c","line":33,"function":"xframe_pin_err"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-count-warn.c","line":28,"function":"xframe_pin_err"},"short_test":{"file":"output-json-fix-count-warn.c","line":31},"count":"asked"}
 * check-output-end
 */
