// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct gpu_userptr {
	unsigned long start;
	int npages;
	u64 *pfns;
};

/* The device wants pfns: keep them, and go back to pages to release. */
int userptr_get(struct gpu_userptr *up, struct page **pages)
{
	int pinned, i;

	pinned = pin_user_pages_fast(up->start, up->npages,
				     FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned != up->npages) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		return -EFAULT;
	}
	for (i = 0; i < pinned; i++)
		up->pfns[i] = page_to_pfn(pages[i]);
	return 0;
}

void userptr_put(struct gpu_userptr *up)
{
	int i;

	for (i = 0; i < up->npages; i++)
		put_page(pfn_to_page(up->pfns[i]));
}
/*
 * check-name: pinned pages kept as pfns in a u64 array, released with put_page(pfn_to_page())
 *
 * check-error-start
shape-pfn-roundtrip-warn.c:32:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 15 in userptr_get(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
