// SPDX-License-Identifier: GPL-2.0
/*
 * After a short pin, the error path unpins the count it got; past the
 * test of the full count, the count asked for is the count pinned.
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
		unpin_user_pages(pages, pinned);
		kvfree(pages);
		return -EFAULT;
	}
	ret = frame_submit(pages, nr);
	unpin_user_pages(pages, nr);
	kvfree(pages);
	return ret;
}

/*
 * check-name: the short path unpins the count it got, the full one the asked
 */
