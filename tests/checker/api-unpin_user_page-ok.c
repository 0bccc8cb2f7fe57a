// SPDX-License-Identifier: GPL-2.0
/*
 * A video capture driver maps a userptr buffer with pin_user_pages_fast()
 * and its release loop unpins each page with unpin_user_page().
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

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, vb->pages);
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
 * check-name: unpin_user_page() releases a pin_user_pages_fast() page
 */
