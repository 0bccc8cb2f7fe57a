// SPDX-License-Identifier: GPL-2.0
/* A single got page put, a single pinned page unpinned. */
#include <linux/mm.h>

static int peek_user_word(struct mm_struct *mm, unsigned long uaddr, u32 *val)
{
	struct page *page;

	if (get_user_pages_remote(mm, uaddr, 1, FOLL_FORCE, &page, NULL,
				  NULL) != 1)
		return -EFAULT;
	*val = *(u32 *)(page_address(page) + offset_in_page(uaddr));
	put_page(page);
	if (pin_user_pages_fast(uaddr, 1, 0, &page) != 1)
		return -EFAULT;
	unpin_user_page(page);
	return 0;
}
