// SPDX-License-Identifier: GPL-2.0
/*
 * A video capture driver maps a userptr buffer with get_user_pages_fast()
 * (FOLL_GET); its release loop was converted to unpin_user_page() without
 * converting the acquisition, so every put underflows the pin count.
 */
#include "pincheck-kernel.h"

struct vcap_buf {
	struct page **pages;
	int nr_pages;
};

static void vcap_buf_release(struct vcap_buf *vb)
{
	int i;

	for (i = 0; i < vb->nr_pages; i++) {
		set_page_dirty_lock(vb->pages[i]);
		unpin_user_page(vb->pages[i]);
	}
	vb->nr_pages = 0;
}

static int vcap_buf_map(struct vcap_buf *vb, unsigned long uaddr, int nr)
{
	int got;

	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, vb->pages);
	if (got < 0)
		return got;
	vb->nr_pages = got;
	if (got != nr) {
		vcap_buf_release(vb);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_user_page() releases a get_user_pages_fast() page
 *
 * check-error-start
api-unpin_user_page-warn.c:20:32: warning: unpin_user_page() releases a page got by get_user_pages_fast() at line 29 in vcap_buf_map(), which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
