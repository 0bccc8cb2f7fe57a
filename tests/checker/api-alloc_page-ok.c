// SPDX-License-Identifier: GPL-2.0
/*
 * A bounce buffer allocated with alloc_page() holds a plain reference;
 * put_page() is the right release.
 */
#include "pincheck-kernel.h"

struct bounce {
	struct page *page;
	unsigned int len;
};

int bounce_copy_in(struct bounce *b, const void *src, unsigned int len);

static int bounce_setup(struct bounce *b, const void *src, unsigned int len)
{
	if (len > PAGE_SIZE)
		return -EFAULT;

	b->page = alloc_page(GFP_KERNEL);
	if (!b->page)
		return -ENOMEM;

	if (bounce_copy_in(b, src, len)) {
		put_page(b->page);
		b->page = NULL;
		return -EFAULT;
	}
	b->len = len;
	return 0;
}

/*
 * check-name: put_page() of an alloc_page() page
 */
