// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int kvm_like_map_gfn(unsigned long hva, struct page *page);

/* A guest page backed by user memory, released through its folio. */
int guest_map_hva(unsigned long hva)
{
	struct page *page;
	int ret;

	if (pin_user_pages_unlocked(hva, 1, &page,
				    FOLL_WRITE | FOLL_LONGTERM) != 1)
		return -EFAULT;
	ret = kvm_like_map_gfn(hva, page);
	if (ret)
		folio_put(page_folio(page));
	return ret;
}
/*
 * check-name: pinned page released with folio_put(page_folio(page))
 *
 * check-error-start
shape-folio-put-warn.c:17:26: warning: folio_put() releases a page pinned by pin_user_pages_unlocked() at line 12; use unpin_folio() [pincheck-wrong-release]
 * check-error-end
 */
