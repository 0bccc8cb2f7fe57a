// SPDX-License-Identifier: GPL-2.0
/*
 * The array is the caller's: the pages pinned into it, and the count
 * returned, are the caller's to release, also when a later step here
 * fails and the count is not returned (the caller sees an error and
 * cleans its array up; this file does not show how).
 */
#include "pincheck-kernel.h"

int sg_check(struct page **pages, int nr);

int pin_range(unsigned long uaddr, int nr, struct page **pages)
{
	void *tmp;
	int got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	tmp = kmalloc(64, GFP_KERNEL);
	if (!tmp)
		return -ENOMEM;
	kfree(tmp);
	return got;
}

/*
 * check-name: pins into the caller's array are the caller's
 */
