// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a huge-page walker takes a folio with try_grab_folio() and
 * the caller's flags, unknown here; the stale-entry path releases it the
 * way the flags say.  Neither family is known: nothing to report.
 */
#include "pincheck-kernel.h"

struct page *pmd_lookup_page(struct vm_area_struct *vma, unsigned long addr);
bool folio_is_stale(struct folio *folio, struct page *page);

static struct folio *gup_grab_huge(struct vm_area_struct *vma,
				   unsigned long addr, int refs,
				   unsigned int flags)
{
	struct folio *folio;
	struct page *page;

	page = pmd_lookup_page(vma, addr);
	if (!page)
		return NULL;

	folio = try_grab_folio(page, refs, flags);
	if (!folio)
		return NULL;

	if (folio_is_stale(folio, page)) {
		if (flags & FOLL_PIN)
			unpin_folio(folio);
		else
			folio_put(folio);
		return NULL;
	}
	return folio;
}

/*
 * check-name: try_grab_folio() with the caller's flags: released by the flags
 */
