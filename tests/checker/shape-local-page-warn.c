// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

void *kmap_local_page(struct page *page);
void kunmap_local(const void *addr);

/* Read one word from a user page: the single page sits in a local. */
int probe_user_word(unsigned long uaddr, unsigned long *val)
{
	struct page *page;
	unsigned long *kaddr;
	long ret;

	ret = pin_user_pages(uaddr, 1, 0, &page, NULL);
	if (ret != 1)
		return -EFAULT;
	kaddr = kmap_local_page(page);
	*val = kaddr[(uaddr & (PAGE_SIZE - 1)) / sizeof(*kaddr)];
	kunmap_local(kaddr);
	put_page(page);
	return 0;
}
/*
 * check-name: pinned local single page released with put_page()
 *
 * check-error-start
shape-local-page-warn.c:20:17: warning: put_page() releases a page pinned by pin_user_pages() at line 14; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
