// SPDX-License-Identifier: GPL-2.0
/*
 * The put_user_page() of 5.3-5.5 dropped FOLL_GET references (FOLL_PIN came
 * in 5.6): releasing pinned pages with it leaks their pins.
 */
#include "pincheck-kernel.h"

void *kmap_local_page(struct page *page);
void kunmap_local(void *addr);
int parse_user_header(const void *hdr);

static int read_user_header(unsigned long uaddr)
{
	struct page *page;
	void *vaddr;
	int err;

	if (pin_user_pages_unlocked(uaddr, 1, &page, 0) != 1)
		return -EFAULT;

	vaddr = kmap_local_page(page);
	err = parse_user_header(vaddr + (uaddr & (PAGE_SIZE - 1)));
	kunmap_local(vaddr);
	put_user_page(page);
	return err;
}

/*
 * check-name: put_user_page() releases a pin_user_pages_unlocked() page
 *
 * check-error-start
api-put_user_page-warn.c:24:22: warning: put_user_page() releases a page pinned by pin_user_pages_unlocked() at line 18; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
