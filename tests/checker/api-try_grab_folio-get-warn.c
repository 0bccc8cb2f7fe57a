// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a huge-page walker takes a folio with try_grab_folio() and
 * constant FOLL_GET flags, so the folio holds plain references; the
 * stale-entry path drops it with unpin_folio() and underflows.
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

	folio = try_grab_folio(page, refs, FOLL_GET);
	if (!folio)
		return NULL;

	if (folio_is_stale(folio, page)) {
		unpin_folio(folio);
		return NULL;
	}
	return folio;
}

/*
 * check-name: try_grab_folio() with FOLL_GET: folio released with unpin_folio()
 *
 * check-error-start
api-try_grab_folio-get-warn.c:27:28: warning: unpin_folio() releases a page got by try_grab_folio() at line 22, which holds no pin; use folio_put() [pincheck-wrong-release]
 * check-error-end
 */
