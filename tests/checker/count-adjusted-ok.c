// SPDX-License-Identifier: GPL-2.0
/*
 * The short path sets the count to what was taken before it joins the
 * common exit, which releases that count: the count released is the
 * count pinned on every path.
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
	if (pinned != nr) {
		nr = pinned > 0 ? pinned : 0;
		ret = -EFAULT;
		goto out;
	}
	ret = frame_submit(pages, nr);
out:
	unpin_user_pages(pages, nr);
	kvfree(pages);
	return ret;
}

/*
 * check-name: the short path sets the count released to the count taken
 */
