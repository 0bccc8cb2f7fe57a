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
		unpin_folio(page_folio(page));
	return ret;
}
/*
 * check-name: pinned page released with unpin_folio(page_folio(page))
 */
