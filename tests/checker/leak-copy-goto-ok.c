// SPDX-License-Identifier: GPL-2.0
/*
 * copy_to_user() fails after the pin and jumps to the label that unpins;
 * the pages handed to ring_map() are its own once it succeeds.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
unsigned long copy_to_user(void *to, const void *from, unsigned long n);
int ring_map(struct page **pages, int nr, unsigned long *cookie);

long ring_attach(unsigned long uaddr, int nr, void *ucookie)
{
	struct page **pages;
	unsigned long cookie;
	long ret;
	int got;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got != nr) {
		ret = -EFAULT;
		goto out_unpin;
	}
	cookie = nr;
	if (copy_to_user(ucookie, &cookie, sizeof(cookie))) {
		ret = -EFAULT;
		goto out_unpin;
	}
	ret = ring_map(pages, nr, &cookie);
	if (!ret)
		goto out_free;
out_unpin:
	if (got > 0)
		unpin_user_pages(pages, got);
out_free:
	kvfree(pages);
	return ret;
}

/*
 * check-name: a copy_to_user() failing jumps to the unpin
 */
