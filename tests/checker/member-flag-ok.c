// SPDX-License-Identifier: GPL-2.0
/*
 * A mapped region in the io_uring style (io_uring/memmap.c, 6.13+): its
 * pages are either the user's, pinned, or the kernel's own, allocated;
 * one member holds them, and a flag set with the pinned ones says
 * which.  The release tests the flag: unpin for the pinned pages,
 * release_pages() for the kernel's.
 */
#include "pincheck-kernel.h"

#define XREGION_USER_PROVIDED	2

struct xregion {
	struct page **pages;
	unsigned int nr_pages;
	unsigned int flags;
};

unsigned int alloc_pages_into(unsigned int gfp, unsigned int nr,
			      struct page **pages);

void xregion_free(struct xregion *mr)
{
	if (!mr->pages)
		return;
	if (mr->flags & XREGION_USER_PROVIDED)
		unpin_user_pages(mr->pages, mr->nr_pages);
	else
		release_pages(mr->pages, mr->nr_pages);
	kvfree(mr->pages);
	mr->pages = NULL;
}

static int xregion_pin(struct xregion *mr, unsigned long uaddr)
{
	struct page **pages;
	int ret;

	pages = kvmalloc_array(mr->nr_pages, sizeof(*pages), 0);
	if (!pages)
		return -ENOMEM;
	ret = pin_user_pages_fast(uaddr, mr->nr_pages, FOLL_WRITE, pages);
	if (ret != mr->nr_pages) {
		if (ret > 0)
			unpin_user_pages(pages, ret);
		kvfree(pages);
		return -EFAULT;
	}
	mr->pages = pages;
	mr->flags |= XREGION_USER_PROVIDED;
	return 0;
}

static int xregion_alloc(struct xregion *mr)
{
	struct page **pages;

	pages = kvmalloc_array(mr->nr_pages, sizeof(*pages), 0);
	if (!pages)
		return -ENOMEM;
	if (alloc_pages_into(0, mr->nr_pages, pages) != mr->nr_pages) {
		kvfree(pages);
		return -ENOMEM;
	}
	mr->pages = pages;
	return 0;
}

int xregion_create(struct xregion *mr, unsigned long uaddr)
{
	return uaddr ? xregion_pin(mr, uaddr) : xregion_alloc(mr);
}

/*
 * check-name: pinned pages recorded by a flag, released by it
 */
