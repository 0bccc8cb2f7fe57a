// SPDX-License-Identifier: GPL-2.0
/*
 * The short path leaves through the label that unpins what was pinned,
 * then frees the array.
 */
#include "pincheck-kernel.h"

void *kvmalloc_array(size_t n, size_t size, unsigned int flags);
void kvfree(const void *addr);
int frame_submit(struct page **pages, int nr);

static int frame_capture(unsigned long uaddr, int nr)
{
	struct page **pages;
	int pinned, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned < nr) {
		ret = -EFAULT;
		goto out_unpin;
	}
	ret = frame_submit(pages, nr);
out_unpin:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);

	kvfree(pages);
	return ret;
}

/*
 * check-name: a short pin leaves through the label that unpins
 */
