// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct mr {
	unsigned long start;
	int npages;
	bool writable;
	struct page **pages;
};

int mr_register_hw(struct mr *mr);

static void mr_release_page(struct page *page, bool dirty)
{
	if (dirty)
		set_page_dirty_lock(page);
	put_page(page);
}

static void mr_release_pages(struct page **pages, int nr, bool dirty)
{
	int i;

	for (i = 0; i < nr; i++)
		mr_release_page(pages[i], dirty);
}

int mr_register(struct mr *mr)
{
	int pinned, ret;

	pinned = pin_user_pages_fast(mr->start, mr->npages,
				     FOLL_WRITE | FOLL_LONGTERM, mr->pages);
	if (pinned <= 0)
		return -EFAULT;
	ret = mr_register_hw(mr);
	if (ret)
		mr_release_pages(mr->pages, pinned, mr->writable);
	return ret;
}
/*
 * check-name: pinned pages reach put_page() through two static helpers
 *
 * check-error-start
shape-helper-chain-warn.c:17:17: warning: put_page() in mr_release_page() releases a page pinned by pin_user_pages_fast() at line 32 in mr_register(), passed to mr_release_pages() at line 38 in mr_register(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
