// SPDX-License-Identifier: GPL-2.0
/*
 * A driver takes the pages of one user folio with pin_user_pages_fast()
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

	got = pin_user_pages_fast(uaddr, UF_PAGES, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	if (got != UF_PAGES) {
		unpin_user_pages(pages, got);
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
 * check-name: unpin_user_folio() releases the folio of pin_user_pages_fast() pages
 */
