// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct sgbuf {
	int nr;
	struct page **pages;
};

int sgbuf_program(struct sgbuf *b);

/* The unpin helper, shared by the long-term path... */
static void sgbuf_unpin(struct page **pages, int nr)
{
	unpin_user_pages_dirty_lock(pages, nr, true);
}

int sgbuf_pin_longterm(struct sgbuf *b, unsigned long uaddr)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, b->nr, FOLL_WRITE | FOLL_LONGTERM,
				  b->pages);
	if (ret != b->nr) {
		if (ret > 0)
			sgbuf_unpin(b->pages, ret);
		return -EFAULT;
	}
	return sgbuf_program(b);
}

/* ...and wrongly by the short-term one, whose pages are only got. */
int sgbuf_map_once(unsigned long uaddr, struct page **pages, int nr)
{
	int got;

	got = get_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	sgbuf_unpin(pages, got);
	return 0;
}
/*
 * check-name: static unpin helper called with got pages
 *
 * check-error-start
shape-got-helper-release-warn.c:14:36: warning: unpin_user_pages_dirty_lock() in sgbuf_unpin() releases pages got by get_user_pages_fast() at line 36 in sgbuf_map_once(), passed to sgbuf_unpin() at line 39 in sgbuf_map_once(), which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
