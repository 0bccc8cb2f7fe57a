// SPDX-License-Identifier: GPL-2.0
/*
 * Get sites whose pages go where the rule cannot follow them: another
 * function, the caller, a struct member.  Left alone.
 */
#include <linux/mm.h>

struct xfer {
	struct page **pages;
	int nr;
};

static int xfer_map_sg(unsigned long uaddr, int nr, struct sg_table *sgt)
{
	struct page *pages[8];
	int got;

	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return -EFAULT;
	return sg_alloc_table_from_pages(sgt, pages, got, 0, got * PAGE_SIZE,
					 GFP_KERNEL);
}

static struct page **xfer_get(unsigned long uaddr, int nr)
{
	struct page **pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);

	if (get_user_pages_fast(uaddr, nr, 0, pages) != nr) {
		release_pages(pages, nr);
		return NULL;
	}
	return pages;
}

static int xfer_fill(struct xfer *x, unsigned long uaddr)
{
	int got = get_user_pages_fast(uaddr, x->nr, 0, x->pages);

	if (got != x->nr)
		release_pages(x->pages, got);
	return got;
}
