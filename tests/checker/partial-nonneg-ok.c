// SPDX-License-Identifier: GPL-2.0
/*
 * A short pin keeps its count in the struct and goes to the unpin; a
 * negative result (nothing pinned) only frees the array (xdp_umem.c's
 * shape: "if (npgs >= 0)" on the short side).
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
		if (npgs >= 0) {
			umem->npgs = npgs;
			err = -ENOMEM;
			goto out_pin;
		}
		err = npgs;
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
 * check-name: a negative count on the short side pins nothing
 */
