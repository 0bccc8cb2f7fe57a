// SPDX-License-Identifier: GPL-2.0
/*
 * A buffer builds its folio array from pages got with get_user_pages()
 * (FOLL_GET) and releases the array with unpin_folios().
 */
#include "pincheck-kernel.h"

#define FBUF_MAX	16

struct fbuf {
	struct folio *folios[FBUF_MAX];
	long nr;
};

int fbuf_map(struct fbuf *fb);

static int fbuf_fill(struct fbuf *fb, struct page **pages, unsigned long uaddr,
		     unsigned long nr)
{
	long got, i;

	if (nr > FBUF_MAX)
		return -EFAULT;

	got = get_user_pages(uaddr, nr, FOLL_WRITE, pages, NULL);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++)
		fb->folios[i] = page_folio(pages[i]);
	fb->nr = got;

	if (fbuf_map(fb)) {
		unpin_folios(fb->folios, fb->nr);
		fb->nr = 0;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_folios() releases folios of get_user_pages() pages
 *
 * check-error-start
api-unpin_folios-warn.c:33:29: warning: unpin_folios() releases pages got by get_user_pages() at line 25, which hold no pin; use folios_put() [pincheck-wrong-release]
 * check-error-end
 */
