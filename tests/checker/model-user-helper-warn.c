// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's wrappers defined in another file, described to pincheck by
 * a model file at run time: its pin wrapper's pages go to its put
 * wrapper.
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
	xbuf_put_all(pages, got);
	return 0;
}
/*
 * check-name: user model: wrappers of the wrong families
 * check-command: pincheck --model=user-helpers.model $file
 *
 * check-error-start
model-user-helper-warn.c:20:21: warning: xbuf_put_all() releases pages pinned by xbuf_pin_user() at line 17; use xbuf_unpin_all() [pincheck-wrong-release]
 * check-error-end
 */
