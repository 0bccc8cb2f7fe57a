// SPDX-License-Identifier: GPL-2.0
/*
 * A KVM-style fast path grabs guest pages with get_user_pages_fast_only()
 * (FOLL_GET, no sleeping) and releases them with unpin_user_pages().
 */
#include "pincheck-kernel.h"

#define GFN_BATCH	8

int gfn_map_batch(struct page **pages, int nr);

static int gfn_prefetch(unsigned long hva, int nr)
{
	struct page *pages[GFN_BATCH];
	int got, err;

	if (nr > GFN_BATCH)
		nr = GFN_BATCH;

	got = get_user_pages_fast_only(hva, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;

	err = gfn_map_batch(pages, got);
	unpin_user_pages(pages, got);
	return err;
}

/*
 * check-name: get_user_pages_fast_only() pages released with unpin_user_pages()
 *
 * check-error-start
api-get_user_pages_fast_only-warn.c:25:25: warning: unpin_user_pages() releases pages got by get_user_pages_fast_only() at line 20, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
