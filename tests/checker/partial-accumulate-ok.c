// SPDX-License-Identifier: GPL-2.0
/*
 * amdxdna's shape (7.2): the pages taken by each pin are added to a
 * running count before the short test, and the error label unpins that
 * many.  The short path prints the count (a message keeps nothing) and
 * jumps there: the count went on in the sum.
 */
#include "pincheck-kernel.h"

int _printk(const char *fmt, ...);
void kvfree(const void *addr);

struct ubuf {
	struct page **pages;
	unsigned long nr_pages;
};

int ubuf_pin(struct ubuf *ub, unsigned long *vaddr, unsigned long *len,
	     int nr)
{
	unsigned long start = 0;
	int i, ret, npages;

	ub->pages = kvmalloc_array(ub->nr_pages, sizeof(*ub->pages),
				   GFP_KERNEL);
	if (!ub->pages)
		return -ENOMEM;
	for (i = 0; i < nr; i++) {
		npages = len[i] >> PAGE_SHIFT;
		ret = pin_user_pages_fast(vaddr[i], npages, FOLL_WRITE,
					  &ub->pages[start]);
		if (ret >= 0) {
			start += ret;
			if (ret != npages) {
				_printk("partially pinned pages %d/%d\n", ret,
					npages);
				ret = -ENOMEM;
				goto destroy_pages;
			}
		} else {
			goto destroy_pages;
		}
	}
	return 0;

destroy_pages:
	if (start)
		unpin_user_pages(ub->pages, start);
	kvfree(ub->pages);
	return ret;
}

/*
 * check-name: a short count added to a running count the error path unpins
 */
