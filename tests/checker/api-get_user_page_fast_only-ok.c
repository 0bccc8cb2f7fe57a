// SPDX-License-Identifier: GPL-2.0
/*
 * A fault handler looks up one user page with get_user_page_fast_only()
 * (FOLL_GET) and gives it back with put_page().
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
	put_page(page);
	return pfn;
}

/*
 * check-name: get_user_page_fast_only() page released with put_page()
 */
