// SPDX-License-Identifier: GPL-2.0
/*
 * An allocation after the pin fails and the function returns: the
 * pinned pages stay pinned for good.
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
 * check-name: an allocation failing after the pin returns without the unpin
 *
 * check-error-start
leak-alloc-fail-warn.c:28:24: warning: pages pinned by pin_user_pages_fast() at line 20 leak here when the step at line 26 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
