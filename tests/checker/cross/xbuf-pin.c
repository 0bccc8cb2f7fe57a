// SPDX-License-Identifier: GPL-2.0
/* The library's acquisitions: into a parameter, a member, a new array. */
#include "xbuf.h"

void *kvmalloc_array(size_t n, size_t size, unsigned int flags);

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

	if (pages && pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages) != nr)
		return NULL;
	return pages;
}
