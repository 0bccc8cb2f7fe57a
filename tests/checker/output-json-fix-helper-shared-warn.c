// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a wrong release in a static helper that one caller
 * passes pinned pages and another got pages: renaming the helper's call
 * would break the second, so the finding has no fix.
 */
#include "pincheck-kernel.h"

int vbuf_touch(struct page **pages, int nr);

static void vbuf_drop(struct page **pages, int nr)
{
	release_pages(pages, nr);
}

int vbuf_peek(unsigned long uaddr, struct page **pages, int nr)
{
	int ret;

	ret = get_user_pages_fast(uaddr, nr, 0, pages);
	if (ret <= 0)
		return -EFAULT;
	vbuf_drop(pages, ret);
	return 0;
}

int vbuf_poke(unsigned long uaddr, struct page **pages, int nr)
{
	int ret;

	ret = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (ret != nr) {
		if (ret > 0)
			vbuf_drop(pages, ret);
		return -EFAULT;
	}
	ret = vbuf_touch(pages, nr);
	vbuf_drop(pages, nr);
	return ret;
}
/*
 * check-name: --format=json: no fix-it for a helper that a caller uses right
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-helper-shared-warn.c","line":13,"column":22,"severity":"warning","check":"pincheck-wrong-release","message":"release_pages() in vbuf_drop() releases pages pinned by pin_user_pages_fast() at line 31 in vbuf_poke(), passed to vbuf_drop() at line 34 in vbuf_poke(); use unpin_user_pages()","release":{"call":"release_pages","family":"get","file":"output-json-fix-helper-shared-warn.c","line":13,"function":"vbuf_drop"},"through":{"function":"vbuf_drop","line":34,"caller":"vbuf_poke"},"acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-helper-shared-warn.c","line":31,"function":"vbuf_poke"},"cure":"unpin_user_pages"}
 * check-output-end
 */
