// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct nvme_like_iod {
	int nr_pages;
	void *priv;
};

int iod_map(struct nvme_like_iod *iod, struct page **pages, int nr);

/* The iod keeps the page array in an untyped private pointer. */
int iod_setup(struct nvme_like_iod *iod, unsigned long uaddr, int nr)
{
	struct page **pages;
	int pinned;

	pages = kcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0) {
		kfree(pages);
		return -EFAULT;
	}
	iod->priv = (void *)pages;
	iod->nr_pages = pinned;
	return iod_map(iod, pages, pinned);
}

void iod_teardown(struct nvme_like_iod *iod)
{
	struct page **pages = (struct page **)iod->priv;
	int i;

	for (i = 0; i < iod->nr_pages; i++)
		put_page(pages[i]);
	kfree(pages);
}
/*
 * check-name: pinned array kept as a void * member and cast back, released with put_page()
 *
 * check-error-start
shape-void-cast-warn.c:36:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 20 in iod_setup(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
