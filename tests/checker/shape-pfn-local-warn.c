// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define HV_MAX_PFNS	32

int hv_post_pfns(int chan, const u64 *pfns, int nr);

/* Got pages go to the host as a pfn list, then back to pages. */
int hv_send_user(int chan, unsigned long uaddr, int nr)
{
	struct page *pages[HV_MAX_PFNS];
	u64 pfns[HV_MAX_PFNS];
	int got, i, ret;

	if (nr > HV_MAX_PFNS)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++)
		pfns[i] = page_to_pfn(pages[i]);
	ret = hv_post_pfns(chan, pfns, got);
	for (i = 0; i < got; i++)
		unpin_user_page(pfn_to_page(pfns[i]));
	return ret;
}
/*
 * check-name: got pages kept as pfns in a local u64 array, released with unpin_user_page()
 *
 * check-error-start
shape-pfn-local-warn.c:24:32: warning: unpin_user_page() releases a page got by get_user_pages_fast() at line 17, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
