// SPDX-License-Identifier: GPL-2.0
/*
 * The short path prints the count it got, then unpins the pages it got
 * before it returns (orangefs' shape).
 */
#include "pincheck-kernel.h"

int _printk(const char *fmt, ...);
#define pr_err(fmt, ...)	_printk(fmt, ##__VA_ARGS__)

struct bufmap {
	struct page **page_array;
	int page_count;
};

int bufmap_map(struct bufmap *bm, unsigned long uaddr)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, bm->page_count, FOLL_WRITE,
				  bm->page_array);
	if (ret < 0)
		return ret;
	if (ret != bm->page_count) {
		pr_err("asked for %d pages, only got %d\n", bm->page_count, ret);
		unpin_user_pages(bm->page_array, ret);
		return -ENOMEM;
	}
	return 0;
}

/*
 * check-name: a short path that prints the count it got and unpins
 */
