// SPDX-License-Identifier: GPL-2.0
/*
 * A driver takes the pages of one user folio with get_user_pages_fast()
 * and, when mapping fails, releases the folio's pages at once with
 * unpin_user_folio() (6.12+).
 */
#include "pincheck-kernel.h"

#define UF_PAGES	4

int uf_map(struct folio *folio);

static int uf_get(unsigned long uaddr)
{
	struct page *pages[UF_PAGES];
	struct folio *folio;
	int got;

	got = get_user_pages_fast(uaddr, UF_PAGES, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	if (got != UF_PAGES) {
		release_pages(pages, got);
		return -EFAULT;
	}
	folio = page_folio(pages[0]);
	if (uf_map(folio)) {
		unpin_user_folio(folio, UF_PAGES);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_user_folio() releases the folio of get_user_pages_fast() pages
 *
 * check-error-start
api-unpin_user_folio-warn.c:28:33: warning: unpin_user_folio() releases a page got by get_user_pages_fast() at line 19, which holds no pin; use folio_put_refs() [pincheck-wrong-release]
 * check-error-end
 */
