// SPDX-License-Identifier: GPL-2.0
/*
 * One page got into a local: mapping it fails and the function returns
 * with the reference held.
 */
#include "pincheck-kernel.h"

void *vmap_page(struct page *page);
int doorbell_write(void *vaddr, unsigned int val);
void vunmap_page(void *vaddr);

int doorbell_ring(unsigned long uaddr, unsigned int val)
{
	struct page *page;
	void *vaddr;
	int ret;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	vaddr = kmalloc(16, GFP_KERNEL);
	if (!vaddr)
		return -ENOMEM;
	ret = doorbell_write(vaddr, val);
	kfree(vaddr);
	put_page(page);
	return ret;
}

/*
 * check-name: a single got page kept when a later allocation fails
 *
 * check-error-start
leak-single-page-warn.c:22:24: warning: the page got by get_user_pages_fast() at line 18 leaks here when the step at line 21 fails; put it first with put_page() [pincheck-pin-leak]
 * check-error-end
 */
