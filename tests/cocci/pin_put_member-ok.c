// SPDX-License-Identifier: GPL-2.0
/*
 * A pinned member unpinned; a member of the same name in another struct
 * type, which holds got pages, put.
 */
#include <linux/mm.h>

struct sgl {
	struct page **page_list;
	int nr_pages;
};

struct bounce {
	struct page **page_list;
	int nr_pages;
};

static int sgl_map(struct sgl *sgl, unsigned long uaddr)
{
	return pin_user_pages_fast(uaddr, sgl->nr_pages, FOLL_WRITE,
				   sgl->page_list);
}

static void sgl_unmap(struct sgl *m)
{
	unpin_user_pages(m->page_list, m->nr_pages);
}

static int bounce_fill(struct bounce *b, unsigned long uaddr)
{
	return get_user_pages_fast(uaddr, b->nr_pages, 0, b->page_list);
}

static void bounce_free(struct bounce *b)
{
	release_pages(b->page_list, b->nr_pages);
}
