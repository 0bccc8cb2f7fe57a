// SPDX-License-Identifier: GPL-2.0
/*
 * A fault handler looks up one user page with get_user_page_fast_only()
 * (FOLL_GET) and gives it back with unpin_user_page().
 */
#include "pincheck-kernel.h"

unsigned long hva_to_pfn_slow(unsigned long addr, bool write);

static unsigned long hva_to_pfn_fast(unsigned long addr, bool write)
{
	struct page *page;
	unsigned long pfn;

	if (!get_user_page_fast_only(addr, write ? FOLL_WRITE : 0, &page))
		return hva_to_pfn_slow(addr, write);

	pfn = page_to_pfn(page);
	unpin_user_page(page);
	return pfn;
}

/*
 * check-name: get_user_page_fast_only() page released with unpin_user_page()
 *
 * check-error-start
api-get_user_page_fast_only-warn.c:19:24: warning: unpin_user_page() releases a page got by get_user_page_fast_only() at line 15, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
