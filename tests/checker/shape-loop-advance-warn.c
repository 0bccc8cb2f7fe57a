// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int vq_add_pages(void *vq, struct page **pages, int nr);

/*
 * pin_user_pages_fast() may pin fewer pages than asked: loop, moving a
 * cursor through the array, until all are pinned.
 */
int vq_queue_user(void *vq, unsigned long uaddr, int nr,
		  struct page **pages)
{
	struct page **cur = pages;
	int left = nr, done = 0, ret, i;

	while (left) {
		ret = pin_user_pages_fast(uaddr + done * PAGE_SIZE, left,
					  FOLL_WRITE, cur);
		if (ret <= 0)
			goto fail;
		cur += ret;
		done += ret;
		left -= ret;
	}
	return vq_add_pages(vq, pages, nr);
fail:
	for (i = 0; i < done; i++)
		put_page(pages[i]);
	return -EFAULT;
}
/*
 * check-name: pinned in a loop through an advancing cursor, released with put_page()
 *
 * check-error-start
shape-loop-advance-warn.c:28:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 17; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
