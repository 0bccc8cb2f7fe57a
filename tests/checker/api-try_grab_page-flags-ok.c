// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a page-table walker takes a page with try_grab_page() and
 * the caller's flags, unknown here; the COW bail-out releases it the way
 * the flags say.  Neither family is known: nothing to report.
 */
#include "pincheck-kernel.h"

struct page *pte_lookup_page(struct vm_area_struct *vma, unsigned long addr);
bool page_needs_cow(struct page *page, unsigned int flags);

static struct page *follow_one_page(struct vm_area_struct *vma,
				    unsigned long addr, unsigned int flags)
{
	struct page *page;

	page = pte_lookup_page(vma, addr);
	if (!page)
		return NULL;
	if (!try_grab_page(page, flags))
		return NULL;

	if (page_needs_cow(page, flags)) {
		if (flags & FOLL_PIN)
			unpin_user_page(page);
		else
			put_page(page);
		return NULL;
	}
	return page;
}

/*
 * check-name: try_grab_page() with the caller's flags: released by the flags
 */
