// SPDX-License-Identifier: GPL-2.0
/*
 * A ring buffer shares one user page with the device: it takes an extra
 * pin with pin_user_page() and lets it go with put_page() on teardown.
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
		put_page(page);
		return -ENOMEM;
	}
	sh->page = page;
	return 0;
}

/*
 * check-name: pin_user_page() page released with put_page()
 *
 * check-error-start
api-pin_user_page-warn.c:21:25: warning: put_page() releases a page pinned by pin_user_page() at line 18; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
