// SPDX-License-Identifier: GPL-2.0
/*
 * mm-internal: a page-table walker takes a page with try_grab_page() and
 * constant FOLL_GET flags, so the page holds a plain reference; the COW
 * bail-out drops it with unpin_user_page() and underflows the pin count.
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
	if (!try_grab_page(page, FOLL_GET | FOLL_WRITE))
		return NULL;

	if (page_needs_cow(page, FOLL_GET | FOLL_WRITE)) {
		unpin_user_page(page);
		return NULL;
	}
	return page;
}

/*
 * check-name: try_grab_page() with FOLL_GET: page released with unpin_user_page()
 *
 * check-error-start
api-try_grab_page-get-warn.c:24:32: warning: unpin_user_page() releases a page got by try_grab_page() at line 20, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
