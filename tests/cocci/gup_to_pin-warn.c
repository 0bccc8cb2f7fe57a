// SPDX-License-Identifier: GPL-2.0
/* A get site whose every release is in view: converted whole. */
#include <linux/mm.h>

static int cmd_copy_from_user(unsigned long uaddr, int nr, void *dst)
{
	struct page *pages[8];
	int i, got;

	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return -EFAULT;
	if (got != nr) {
		release_pages(pages, got);
		return -EFAULT;
	}
	for (i = 0; i < got; i++) {
		memcpy(dst + i * PAGE_SIZE, page_address(pages[i]), PAGE_SIZE);
		put_page(pages[i]);
	}
	return 0;
}
