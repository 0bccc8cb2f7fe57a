// SPDX-License-Identifier: GPL-2.0
/*
 * A single pinned page unpinned; a got page put; a page that is
 * reassigned after the pin (its put drops the other page).
 */
#include <linux/mm.h>

static int cfg_read_user(unsigned long uaddr, void *dst, size_t len)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	memcpy(dst, page_address(page) + offset_in_page(uaddr), len);
	unpin_user_page(page);
	return 0;
}

static int cfg_peek_user(unsigned long uaddr, void *dst, size_t len)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	memcpy(dst, page_address(page) + offset_in_page(uaddr), len);
	put_page(page);
	return 0;
}

static int cfg_bounce(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	unpin_user_page(page);
	page = alloc_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	put_page(page);
	return 0;
}
