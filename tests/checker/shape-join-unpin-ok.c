// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define IO_MAX_PAGES	16

int io_do_pages(struct page **pages, int nr, bool write);

/* Another task's memory or our own: both paths pin into one array. */
int io_user_mm(struct mm_struct *mm, unsigned long uaddr, int nr, bool write)
{
	struct page *pages[IO_MAX_PAGES];
	unsigned int flags = write ? FOLL_WRITE : 0;
	int n, ret;

	if (nr > IO_MAX_PAGES)
		return -ENOMEM;
	if (mm)
		n = pin_user_pages_remote(mm, uaddr, nr, flags, pages, NULL,
					  NULL);
	else
		n = pin_user_pages_fast(uaddr, nr, flags, pages);
	if (n <= 0)
		return -EFAULT;
	ret = io_do_pages(pages, n, write);
	unpin_user_pages(pages, n);
	return ret;
}
/*
 * check-name: pinned on two paths into one array, then unpin_user_pages()
 */
