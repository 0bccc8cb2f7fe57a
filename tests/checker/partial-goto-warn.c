// SPDX-License-Identifier: GPL-2.0
/*
 * The short path leaves through the error label that only frees the
 * array: the pages pinned so far stay pinned.
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
		goto out_free;
	}
	ret = frame_submit(pages, nr);
	unpin_user_pages(pages, nr);
out_free:
	kvfree(pages);
	return ret;
}

/*
 * check-name: a short pin leaves through a label that only frees the array
 *
 * check-error-start
partial-goto-warn.c:29:16: warning: pages pinned by pin_user_pages_fast() at line 20 leak here when it pins fewer than asked (the test at line 21); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
