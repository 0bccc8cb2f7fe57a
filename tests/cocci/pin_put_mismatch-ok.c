// SPDX-License-Identifier: GPL-2.0
/*
 * Pinned arrays unpinned, got arrays put, and pages that no pin call
 * filled: nothing to change.
 */
#include <linux/mm.h>

static int vbuf_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int got;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got < 0)
		return got;
	if (got != nr) {
		unpin_user_pages(pages, got);
		return -EFAULT;
	}
	unpin_user_pages_dirty_lock(pages, got, true);
	return 0;
}

static int vbuf_read_user(unsigned long uaddr, int nr, struct page **pages)
{
	int got;

	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got > 0)
		release_pages(pages, got);
	return got;
}

static void vbuf_free_bounce(struct page **bounce, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(bounce[i]);
}
