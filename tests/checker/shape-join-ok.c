// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int io_do_page(struct page *page, unsigned int off, size_t len, bool write);

/* Writes to user memory pin, reads only get: each path releases its own. */
int io_user_one(unsigned long uaddr, size_t len, bool write)
{
	unsigned int off = uaddr & (PAGE_SIZE - 1);
	int ret;

	if (write) {
		struct page *wpage;

		if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &wpage) != 1)
			return -EFAULT;
		ret = io_do_page(wpage, off, len, true);
		unpin_user_pages_dirty_lock(&wpage, 1, true);
	} else {
		struct page *rpage;

		if (get_user_pages_fast(uaddr, 1, 0, &rpage) != 1)
			return -EFAULT;
		ret = io_do_page(rpage, off, len, false);
		put_page(rpage);
	}
	return ret;
}
/*
 * check-name: pin on one path, get on the other, each released with its own call
 */
