// SPDX-License-Identifier: GPL-2.0
/*
 * A put helper called with got pages only, an unpin helper called with
 * pinned pages, a helper that chooses by a mode of its own, and a put
 * helper called in the branch that did not pin: nothing to change.
 */
#include <linux/mm.h>

static void ubuf_put_pages(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

static void ubuf_unpin_pages(struct page **pages, int nr)
{
	unpin_user_pages(pages, nr);
}

static int ubuf_read(unsigned long uaddr, int nr, struct page **pages)
{
	int got = get_user_pages_fast(uaddr, nr, 0, pages);

	if (got > 0)
		ubuf_put_pages(pages, got);
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got > 0)
		ubuf_unpin_pages(pages, got);
	return 0;
}

/* A helper that puts or unpins by a mode of its own. */
static void ubuf_release(int mode, struct page **pages, int nr)
{
	int i;

	if (mode == UBUF_PINNED) {
		unpin_user_pages(pages, nr);
		return;
	}
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

static int ubuf_use(int mode, unsigned long uaddr, int nr,
		    struct page **pages)
{
	int got = pin_user_pages_fast(uaddr, nr, 0, pages);

	if (got > 0)
		ubuf_release(mode, pages, got);
	return got;
}

/* The put helper called in the branch that did not pin. */
static void ubuf_put_kernel(struct page **pages, int nr)
{
	release_pages(pages, nr);
}

static int ubuf_register(unsigned int flags, unsigned long uaddr, int nr,
			 struct page **pages)
{
	int got;

	if (flags & UBUF_USER)
		got = pin_user_pages_fast(uaddr, nr, 0, pages);
	else
		got = ubuf_get_kernel_pages(uaddr, nr, pages);
	if (got != nr) {
		if (flags & UBUF_USER) {
			unpin_user_pages(pages, got);
		} else {
			ubuf_put_kernel(pages, got);
		}
		return -EFAULT;
	}
	return 0;
}
