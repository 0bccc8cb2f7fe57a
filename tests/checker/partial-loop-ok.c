// SPDX-License-Identifier: GPL-2.0
/*
 * On the short side a loop bounded by the count unpins the pages it got,
 * one by one.
 */
#include "pincheck-kernel.h"

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
			unpin_user_page(b->page_array[i]);
		return -ENOMEM;
	}
	return 0;
}

/*
 * check-name: a loop over the pages got that unpins them
 */
