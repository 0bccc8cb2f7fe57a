// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's wrappers defined in another file, described to pincheck by
 * a model file at run time, with SAME_ARGS for its put wrapper: the
 * finding's fix renames it to the unpin wrapper.
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
 * check-name: user model: SAME_ARGS gives the wrapper's finding a fix
 * check-command: pincheck --format=json --model=user-helpers-fix.model $file
 *
 * check-output-start
{"file":"model-user-helper-fix-warn.c","line":20,"column":21,"severity":"warning","check":"pincheck-wrong-release","message":"xbuf_put_all() releases pages pinned by xbuf_pin_user() at line 17; use xbuf_unpin_all()","release":{"call":"xbuf_put_all","family":"get","file":"model-user-helper-fix-warn.c","line":20,"function":"xbuf_copy_from_user"},"acquisition":{"call":"xbuf_pin_user","family":"pin","file":"model-user-helper-fix-warn.c","line":17,"function":"xbuf_copy_from_user"},"cure":"xbuf_unpin_all","fix":{"file":"model-user-helper-fix-warn.c","line":20,"column":2,"end_column":14,"text":"xbuf_unpin_all"}}
 * check-output-end
 */
