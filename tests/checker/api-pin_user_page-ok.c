// SPDX-License-Identifier: GPL-2.0
/*
 * A ring buffer shares one user page with the device: it takes an extra
 * pin with pin_user_page() and drops it with unpin_user_page() on
 * teardown.
 */
#include "pincheck-kernel.h"

struct uring_shared {
	struct page *page;
	void *vaddr;
};

void *uring_map(struct page *page);
void uring_unmap(void *vaddr);

static int uring_share_page(struct uring_shared *sh, struct page *page)
{
	pin_user_page(page);
	sh->vaddr = uring_map(page);
	if (!sh->vaddr) {
		unpin_user_page(page);
		return -ENOMEM;
	}
	sh->page = page;
	return 0;
}

static void uring_unshare_page(struct uring_shared *sh)
{
	uring_unmap(sh->vaddr);
	unpin_user_page(sh->page);
	sh->page = NULL;
}

/*
 * check-name: pin_user_page() page released with unpin_user_page()
 */
