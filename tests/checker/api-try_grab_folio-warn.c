// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a huge-page walker takes a folio with try_grab_folio() and
 * constant FOLL_PIN flags, so the folio is pinned; the stale-entry path
 * drops it with folio_put() and leaks the pin.
 */
#include "pincheck-kernel.h"

struct page *pmd_lookup_page(struct vm_area_struct *vma, unsigned long addr);
bool folio_is_stale(struct folio *folio, struct page *page);

static struct folio *gup_grab_huge(struct vm_area_struct *vma,
				   unsigned long addr, int refs)
{
	struct folio *folio;
	struct page *page;

	page = pmd_lookup_page(vma, addr);
	if (!page)
		return NULL;

	folio = try_grab_folio(page, refs, FOLL_PIN | FOLL_LONGTERM);
	if (!folio)
		return NULL;

	if (folio_is_stale(folio, page)) {
		folio_put(folio);
		return NULL;
	}
	return folio;
}

/*
 * check-name: try_grab_folio() with FOLL_PIN: folio released with folio_put()
 *
 * check-error-start
api-try_grab_folio-warn.c:27:26: warning: folio_put() releases a page pinned by try_grab_folio() at line 22; use unpin_folio() [pincheck-wrong-release]
 * check-error-end
 */
