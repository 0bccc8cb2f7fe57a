// SPDX-License-Identifier: GPL-2.0
/*
 * A perf-style sampler peeks at one user page from atomic context with
 * pin_user_pages_fast_only() and drops it with put_page().
 */
#include "pincheck-kernel.h"

u64 sample_read_word(struct page *page, unsigned long offset);

static u64 sample_user_word(unsigned long uaddr)
{
	struct page *page;
	u64 val;

	if (pin_user_pages_fast_only(uaddr, 1, 0, &page) != 1)
		return 0;

	val = sample_read_word(page, uaddr & (PAGE_SIZE - 1));
	put_page(page);
	return val;
}

/*
 * check-name: pin_user_pages_fast_only() page released with put_page()
 *
 * check-error-start
api-pin_user_pages_fast_only-warn.c:19:17: warning: put_page() releases a page pinned by pin_user_pages_fast_only() at line 15; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
