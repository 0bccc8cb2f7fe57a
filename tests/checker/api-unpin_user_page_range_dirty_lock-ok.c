// SPDX-License-Identifier: GPL-2.0
/*
 * A registered buffer backed by one huge page pins its pages with
 * pin_user_pages_fast() and releases the whole range from its head page
 * with unpin_user_page_range_dirty_lock().
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

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != nr) {
		if (got > 0)
			unpin_user_pages(pages, got);
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

static void reg_buf_release(struct reg_buf *rb)
{
	unpin_user_page_range_dirty_lock(rb->head, rb->npages, true);
	rb->head = NULL;
}

/*
 * check-name: unpin_user_page_range_dirty_lock() releases pin_user_pages_fast() pages
 */
