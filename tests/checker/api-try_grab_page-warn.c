// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a page-table walker takes a page with try_grab_page() and
 * constant FOLL_PIN flags, so the page is pinned; the COW bail-out drops
 * it with put_page() and leaks the pin.
 */
#include "pincheck-kernel.h"

struct page *pte_lookup_page(struct vm_area_struct *vma, unsigned long addr);
bool page_needs_cow(struct page *page, unsigned int flags);

static struct page *follow_one_page(struct vm_area_struct *vma,
				    unsigned long addr)
{
	struct page *page;

	page = pte_lookup_page(vma, addr);
	if (!page)
		return NULL;
	if (!try_grab_page(page, FOLL_PIN | FOLL_WRITE))
		return NULL;

	if (page_needs_cow(page, FOLL_PIN | FOLL_WRITE)) {
		put_page(page);
		return NULL;
	}
	return page;
}

/*
 * check-name: try_grab_page() with FOLL_PIN: page released with put_page()
 *
 * check-error-start
api-try_grab_page-warn.c:24:25: warning: put_page() releases a page pinned by try_grab_page() at line 20; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
