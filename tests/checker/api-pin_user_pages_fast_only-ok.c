// SPDX-License-Identifier: GPL-2.0
/*
 * A perf-style sampler peeks at one user page from atomic context with
 * pin_user_pages_fast_only() and unpins it with unpin_user_page().
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
	unpin_user_page(page);
	return val;
}

/*
 * check-name: pin_user_pages_fast_only() page released with unpin_user_page()
 */
