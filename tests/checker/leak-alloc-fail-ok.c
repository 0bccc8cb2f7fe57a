// SPDX-License-Identifier: GPL-2.0
/*
 * An allocation after the pin fails: the error path unpins the pages
 * before it returns.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int frame_fill(void *hdr, struct page **pages, int nr);

static int frame_capture(unsigned long uaddr, int nr)
{
	struct page **pages;
	void *hdr;
	int pinned, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0) {
		kvfree(pages);
		return -EFAULT;
	}
	hdr = kmalloc(64, GFP_KERNEL);
	if (!hdr) {
		unpin_user_pages(pages, pinned);
		kvfree(pages);
		return -ENOMEM;
	}
	ret = frame_fill(hdr, pages, pinned);
	kfree(hdr);
	unpin_user_pages(pages, pinned);
	kvfree(pages);
	return ret;
}

/*
 * check-name: an allocation failing after the pin unpins first
 */
