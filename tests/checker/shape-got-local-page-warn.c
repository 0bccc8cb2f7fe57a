// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int copy_to_page(struct page *page, unsigned int off, const void *src,
		 size_t len);

/* Poke a status word into the user's ring; the page is only got. */
int ring_post_status(unsigned long uaddr, u32 status)
{
	struct page *page;
	int ret;

	ret = get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page);
	if (ret != 1)
		return ret < 0 ? ret : -EFAULT;
	ret = copy_to_page(page, uaddr & (PAGE_SIZE - 1), &status,
			   sizeof(status));
	set_page_dirty_lock(page);
	unpin_user_page(page);
	return ret;
}
/*
 * check-name: got local single page released with unpin_user_page()
 *
 * check-error-start
shape-got-local-page-warn.c:19:24: warning: unpin_user_page() releases a page got by get_user_pages_fast() at line 13, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
