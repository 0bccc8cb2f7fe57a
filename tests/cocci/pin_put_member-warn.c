// SPDX-License-Identifier: GPL-2.0
/* A member pinned in one function, put in two others. */
#include <linux/mm.h>

struct sgl {
	struct page **page_list;
	int nr_pages;
};

static int sgl_map(struct sgl *sgl, unsigned long uaddr)
{
	int got;

	got = pin_user_pages_fast(uaddr, sgl->nr_pages, FOLL_WRITE,
				  sgl->page_list);
	return got == sgl->nr_pages ? 0 : -EFAULT;
}

static void sgl_unmap(struct sgl *m)
{
	int i;

	for (i = 0; i < m->nr_pages; i++)
		put_page(m->page_list[i]);
}

static void sgl_abort(struct sgl *m, int got)
{
	release_pages(m->page_list, got);
}
