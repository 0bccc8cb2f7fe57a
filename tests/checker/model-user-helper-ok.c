// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's wrappers defined in another file, described to pincheck by
 * a model file at run time: its pin wrapper's pages go to unpin.
 */
#include "pincheck-kernel.h"

int xbuf_pin_user(unsigned long addr, int nr, struct page **pages);
void xbuf_put_all(struct page **pages, int nr);

int xbuf_copy_from_user(unsigned long addr, int nr)
{
	struct page *pages[8];
	int got;

	got = xbuf_pin_user(addr, nr, pages);
	if (got < 0)
		return got;
	unpin_user_pages(pages, got);
	return 0;
}
/*
 * check-name: user model: a wrapper's pins unpinned
 * check-command: pincheck --model=user-helpers.model $file
 */
