// SPDX-License-Identifier: GPL-2.0
/*
 * A short pin goes to the unpin only when it pinned 4 pages or more:
 * "if (npgs >= 4)" failing leaves 1 to 3 pages pinned.
 */
#include "pincheck-kernel.h"

struct umem {
	struct page **pgs;
	int npgs;
};

static void umem_unpin_pages(struct umem *umem)
{
	unpin_user_pages_dirty_lock(umem->pgs, umem->npgs, true);
}

int umem_pin_pages(struct umem *umem, unsigned long address)
{
	long npgs;
	int err;

	umem->pgs = kvcalloc(umem->npgs, sizeof(*umem->pgs), GFP_KERNEL);
	if (!umem->pgs)
		return -ENOMEM;
	npgs = pin_user_pages(address, umem->npgs, FOLL_WRITE, umem->pgs,
			      NULL);
	if (npgs != umem->npgs) {
		if (npgs >= 4) {
			umem->npgs = npgs;
			err = -ENOMEM;
			goto out_pin;
		}
		err = -EFAULT;
		goto out_pgs;
	}
	return 0;

out_pin:
	umem_unpin_pages(umem);
out_pgs:
	kvfree(umem->pgs);
	umem->pgs = NULL;
	return err;
}
/*
 * check-name: "n >= 4" failing on the short side still leaves up to 3 pages
 *
 * check-error-start
partial-nonneg-warn.c:44:16: warning: pages pinned by pin_user_pages() at line 26 leak here when it pins fewer than asked (the test at line 28); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
