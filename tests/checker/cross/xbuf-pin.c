// SPDX-License-Identifier: GPL-2.0
/* The library's acquisitions: into a parameter, a member, a new array. */
#include "xbuf.h"

void *kvmalloc_array(size_t n, size_t size, unsigned int flags);
void kvfree(const void *addr);

int xbuf_pin(unsigned long uaddr, int nr, struct page **pages)
{
	return pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
}

int xbuf_get(unsigned long uaddr, int nr, struct page **pages)
{
	return get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
}

void xbuf_fill(struct xbuf *xb, unsigned long uaddr, int nr)
{
	xb->nr = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, xb->pages);
}

struct page **xbuf_pin_alloc(unsigned long uaddr, int nr)
{
	struct page **pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	int got;

	if (!pages)
		return NULL;
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got != nr) {
		if (got > 0)
			unpin_user_pages(pages, got);
		kvfree(pages);
		return NULL;
	}
	return pages;
}
