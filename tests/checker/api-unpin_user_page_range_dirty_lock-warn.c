// SPDX-License-Identifier: GPL-2.0
/*
 * A registered buffer backed by one huge page takes its pages with
 * get_user_pages_fast() (FOLL_GET) and releases the whole range from its
 * head page with unpin_user_page_range_dirty_lock().
 */
#include "pincheck-kernel.h"

#define RBUF_MAX_PAGES	512

struct reg_buf {
	struct page *head;
	unsigned long npages;
};

bool pages_are_one_folio(struct page **pages, int nr);

static int reg_buf_import(struct reg_buf *rb, struct page **pages,
			  unsigned long uaddr, int nr)
{
	int got;

	if (nr > RBUF_MAX_PAGES)
		return -EFAULT;

	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != nr) {
		if (got > 0)
			release_pages(pages, got);
		return -EFAULT;
	}

	if (!pages_are_one_folio(pages, got)) {
		unpin_user_page_range_dirty_lock(pages[0], got, false);
		return -EFAULT;
	}
	rb->head = pages[0];
	rb->npages = got;
	return 0;
}

/*
 * check-name: unpin_user_page_range_dirty_lock() releases get_user_pages_fast() pages
 *
 * check-error-start
api-unpin_user_page_range_dirty_lock-warn.c:34:49: warning: unpin_user_page_range_dirty_lock() releases a page got by get_user_pages_fast() at line 26, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
