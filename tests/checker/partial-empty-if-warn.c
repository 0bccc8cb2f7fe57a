// SPDX-License-Identifier: GPL-2.0
/*
 * The exit's release is a macro this configuration defines away:
 * "if (ret && got > 0) ;" is left, which tests the count and releases
 * nothing, and the short path leaks.  clang's AST keeps the empty if
 * (and the count for its test, at the label), sparse folds it: both
 * front ends report it.
 */
#include "pincheck-kernel.h"

#define frame_unpin(pages, n)

int frame_use(struct page **pages, int nr);

int frame_capture(unsigned long uaddr, int nr, struct page **pages)
{
	int got = 0, ret;

	ret = -EINVAL;
	if (nr > 64)
		goto out;
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got != nr) {
		ret = got < 0 ? got : -EFAULT;
		goto out;
	}
	ret = frame_use(pages, nr);
out:
	if (ret && got > 0)
		frame_unpin(pages, got);
	return ret;
}

/*
 * check-name: a short path whose release is compiled out
 *
 * check-error-start
partial-empty-if-warn.c:25:17: warning: pages pinned by pin_user_pages_fast() at line 22 leak here when it pins fewer than asked (the test at line 23); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
