// SPDX-License-Identifier: GPL-2.0
/* A single page pinned through &page, put on the error path and after. */
#include <linux/mm.h>

static int cfg_read_user(unsigned long uaddr, void *dst, size_t len)
{
	struct page *page;
	void *va;
	int ret = 0;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	if (PageHighMem(page)) {
		put_page(page);
		return -EINVAL;
	}
	va = page_address(page);
	memcpy(dst, va + offset_in_page(uaddr), len);
	put_page(page);
	return ret;
}
