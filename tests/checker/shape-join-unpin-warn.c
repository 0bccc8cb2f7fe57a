// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define IO_MAX_PAGES	16

int io_do_pages(struct page **pages, int nr, bool write);

/* Writes to user memory pin, reads only get: one array, two families. */
int io_user(unsigned long uaddr, int nr, bool write)
{
	struct page *pages[IO_MAX_PAGES];
	int n, ret;

	if (nr > IO_MAX_PAGES)
		return -ENOMEM;
	if (write)
		n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	else
		n = get_user_pages_fast(uaddr, nr, 0, pages);
	if (n <= 0)
		return -EFAULT;
	ret = io_do_pages(pages, n, write);
	unpin_user_pages(pages, n);
	return ret;
}
/*
 * check-name: pin or get into one array on two paths, then unpin_user_pages()
 *
 * check-error-start
shape-join-unpin-warn.c:23:25: warning: unpin_user_pages() releases pages that may be got by get_user_pages_fast() at line 19 (or pinned by pin_user_pages_fast() at line 17), which hold no pin; use release_pages() for the got ones [pincheck-wrong-release]
 * check-error-end
 */
