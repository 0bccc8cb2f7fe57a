// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define IO_MAX_PAGES	16

int io_do_pages(struct page **pages, int nr, bool write);

/*
 * One array, pinned on the write path and got on the read path, and
 * each path releases its pages correctly.  Memory is flow-insensitive,
 * so both releases see both families; the guards (write true, write
 * false) tell that each family is taken only on its own path.
 */
int io_user(unsigned long uaddr, int nr, bool write)
{
	struct page *pages[IO_MAX_PAGES];
	int n, ret;

	if (nr > IO_MAX_PAGES)
		return -ENOMEM;
	if (write) {
		n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
		if (n <= 0)
			return -EFAULT;
		ret = io_do_pages(pages, n, true);
		unpin_user_pages_dirty_lock(pages, n, true);
	} else {
		n = get_user_pages_fast(uaddr, nr, 0, pages);
		if (n <= 0)
			return -EFAULT;
		ret = io_do_pages(pages, n, false);
		release_pages(pages, n);
	}
	return ret;
}
/*
 * check-name: one array pinned or got on two paths, each released correctly
 */
