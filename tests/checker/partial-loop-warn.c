// SPDX-License-Identifier: GPL-2.0
/*
 * On the short side a loop walks the pages it got, but only to say so:
 * a loop bounded by the count is not a release unless its body
 * releases.
 */
#include "pincheck-kernel.h"

int _printk(const char *fmt, ...);

struct bufmap {
	struct page **page_array;
	int page_count;
};

int bufmap_map(struct bufmap *b, unsigned long uaddr)
{
	int ret, i;

	ret = pin_user_pages_fast(uaddr, b->page_count, FOLL_WRITE,
				  b->page_array);
	if (ret < 0)
		return ret;
	if (ret != b->page_count) {
		for (i = 0; i < ret; i++)
			_printk("page %d not mapped\n", i);
		return -ENOMEM;
	}
	return 0;
}

/*
 * check-name: a loop over the pages got that releases none of them
 *
 * check-error-start
partial-loop-warn.c:27:24: warning: pages pinned by pin_user_pages_fast() at line 20 leak here when it pins fewer than asked (the test at line 24); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
