// SPDX-License-Identifier: GPL-2.0
/*
 * The short path prints the count it got and returns: a message is no
 * place the pages go, they stay pinned (orangefs' shape, with its unpin
 * loop removed).
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
		return -ENOMEM;
	}
	return 0;
}

/*
 * check-name: a short path that prints the count it got and returns
 *
 * check-error-start
partial-print-warn.c:27:24: warning: pages pinned by pin_user_pages_fast() at line 21 leak here when it pins fewer than asked (the test at line 25); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
