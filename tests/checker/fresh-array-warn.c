// SPDX-License-Identifier: GPL-2.0
/*
 * A buffer pool whose pages are pinned user pages or, for a kernel
 * buffer, pages the pool allocates itself.  Its short-pin path, made
 * from the allocating one, drops the pages it pinned into an array of
 * its own with release_pages(): the pins leak.
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
			release_pages(pages, ret);
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
 * check-name: an array made here, pinned into, released with release_pages()
 *
 * check-error-start
fresh-array-warn.c:30:38: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 27; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
