// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);

static struct page *futex_like_pin(unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return NULL;
	return page;
}

int futex_like_wake(unsigned long uaddr, u32 val)
{
	struct page *page;
	u32 *kaddr;

	page = futex_like_pin(uaddr);
	if (!page)
		return -EFAULT;
	kaddr = kmap_local_page(page);
	kaddr[(uaddr & (PAGE_SIZE - 1)) / sizeof(u32)] = val;
	kunmap_local(kaddr);
	put_page(page);
	return 0;
}
/*
 * check-name: static helper returns a pinned page, the caller put_page()s it
 *
 * check-error-start
shape-helper-return-warn.c:27:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 11 in futex_like_pin(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
