// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct doorbell {
	unsigned long uaddr;
	u32 *vaddr;
};

void *vmap_one(struct page *page);
void vunmap_one(void *addr);

/* The caller's one-entry array: the page is *pages. */
static int doorbell_map(struct doorbell *db, struct page **pages)
{
	if (pin_user_pages_fast(db->uaddr, 1, FOLL_WRITE | FOLL_LONGTERM,
				pages) != 1)
		return -EFAULT;
	db->vaddr = vmap_one(*pages);
	if (!db->vaddr) {
		put_page(*pages);
		return -ENOMEM;
	}
	return 0;
}

int doorbell_ring(struct doorbell *db, u32 val)
{
	struct page *page;
	int ret;

	ret = doorbell_map(db, &page);
	if (ret)
		return ret;
	*db->vaddr = val;
	vunmap_one(db->vaddr);
	unpin_user_page(page);
	return 0;
}
/*
 * check-name: pinned page released through *pages with put_page()
 *
 * check-error-start
shape-deref-warn.c:20:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 15; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
