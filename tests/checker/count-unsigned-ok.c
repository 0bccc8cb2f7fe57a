// SPDX-License-Identifier: GPL-2.0
/*
 * The count is kept unsigned, but only after the int the pin returned
 * was tested for an error: what the short path releases is a count.
 */
#include "pincheck-kernel.h"

int ring_use(struct page **pages, unsigned int nr);

int ring_attach(unsigned long uaddr, unsigned int nr, struct page **pages)
{
	unsigned int got;
	int ret;

	ret = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (ret < 0)
		return ret;
	got = ret;
	if (got != nr) {
		unpin_user_pages(pages, got);
		return -EFAULT;
	}
	ret = ring_use(pages, nr);
	unpin_user_pages(pages, nr);
	return ret;
}

/*
 * check-name: a count kept unsigned after the error test
 */
