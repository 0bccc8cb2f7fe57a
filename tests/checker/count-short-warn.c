// SPDX-License-Identifier: GPL-2.0
/*
 * After a short pin, the error path unpins the count it asked for: the
 * entries past the count it got hold no pin (NULL, or stale pointers).
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int frame_submit(struct page **pages, int nr);

int frame_capture(unsigned long uaddr, int nr)
{
	struct page **pages;
	int pinned, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned < 0) {
		kvfree(pages);
		return pinned;
	}
	if (pinned != nr) {
		unpin_user_pages(pages, nr);
		kvfree(pages);
		return -EFAULT;
	}
	ret = frame_submit(pages, nr);
	unpin_user_pages(pages, nr);
	kvfree(pages);
	return ret;
}

/*
 * check-name: the short path unpins the count asked for
 *
 * check-error-start
count-short-warn.c:25:33: warning: unpin_user_pages() releases the count asked of pin_user_pages_fast() at line 19, which may have pinned fewer (the test at line 24); release the count it returned [pincheck-pin-count]
 * check-error-end
 */
