// SPDX-License-Identifier: GPL-2.0
/*
 * A buffer pool whose pages are pinned user pages or, for a kernel
 * buffer, pages the pool allocates itself.  The allocating path drops
 * the pages of a short bulk allocation with release_pages() before its
 * array is stored where the pinned arrays are kept: at that point the
 * array holds only the kernel's pages.
 */
#include "pincheck-kernel.h"

struct xpool {
	struct page **pages;
	unsigned int nr;
	bool user;
};

unsigned int alloc_pages_into(unsigned int gfp, unsigned int nr,
			      struct page **pages);

int xpool_pin(struct xpool *p, unsigned long uaddr)
{
	struct page **pages;
	int ret;

	pages = kvmalloc_array(p->nr, sizeof(*pages), 0);
	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(uaddr, p->nr, FOLL_WRITE, pages);
	if (ret != p->nr) {
		if (ret > 0)
			unpin_user_pages(pages, ret);
		kvfree(pages);
		return -EFAULT;
	}
	p->pages = pages;
	p->user = true;
	return 0;
}

int xpool_alloc(struct xpool *p)
{
	struct page **pages;
	unsigned int got;

	pages = kvmalloc_array(p->nr, sizeof(*pages), 0);
	if (!pages)
		return -ENOMEM;
	got = alloc_pages_into(0, p->nr, pages);
	if (got != p->nr) {
		if (got)
			release_pages(pages, got);
		kvfree(pages);
		return -ENOMEM;
	}
	p->pages = pages;
	p->user = false;
	return 0;
}

/*
 * check-name: an array made here, released before it is stored with pinned ones
 */
