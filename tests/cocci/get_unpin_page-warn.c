// SPDX-License-Identifier: GPL-2.0
/* A single got page unpinned. */
#include <linux/mm.h>

static int peek_user_word(struct mm_struct *mm, unsigned long uaddr, u32 *val)
{
	struct page *page;
	long got;

	got = get_user_pages_remote(mm, uaddr, 1, FOLL_FORCE, &page, NULL,
				    NULL);
	if (got != 1)
		return -EFAULT;
	*val = *(u32 *)(page_address(page) + offset_in_page(uaddr));
	unpin_user_page(page);
	return 0;
}
