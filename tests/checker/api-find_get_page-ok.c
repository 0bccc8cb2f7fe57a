// SPDX-License-Identifier: GPL-2.0
/*
 * A filesystem peeks at a cached page with find_get_page(), which takes a
 * plain reference; put_page() is the right release.
 */
#include "pincheck-kernel.h"

bool page_is_uptodate(struct page *page);
int copy_from_cached_page(struct page *page, void *dst, unsigned int len);

static int read_cached_block(void *mapping, unsigned long index, void *dst,
			     unsigned int len)
{
	struct page *page;
	int err;

	page = find_get_page(mapping, index);
	if (!page)
		return -EFAULT;

	if (!page_is_uptodate(page)) {
		put_page(page);
		return -EFAULT;
	}
	err = copy_from_cached_page(page, dst, len);
	put_page(page);
	return err;
}

/*
 * check-name: put_page() of a find_get_page() page
 */
