// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that allocates an array, pins into it and returns it (the
 * shape of io_uring's io_pin_pages()); the caller releases the array.
 */
#include "pincheck-kernel.h"

static struct page **ring_pin_pages(unsigned long ubuf, int nr)
{
	struct page **pages;
	int got;

	pages = kvmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	got = pin_user_pages(ubuf, nr, FOLL_WRITE | FOLL_LONGTERM, pages,
			     NULL);
	if (got != nr) {
		if (got > 0)
			unpin_user_pages(pages, got);
		kvfree(pages);
		return NULL;
	}
	return pages;
}

int ring_register(unsigned long ubuf, int nr)
{
	struct page **pages = ring_pin_pages(ubuf, nr);

	if (!pages)
		return -EFAULT;
	release_pages(pages, nr);
	kvfree(pages);
	return 0;
}
/*
 * check-name: a helper returns a pinned array
 *
 * check-error-start
shape-helper-returns-array-warn.c:33:22: warning: release_pages() releases pages pinned by pin_user_pages() at line 16 in ring_pin_pages(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
