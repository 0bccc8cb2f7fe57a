// SPDX-License-Identifier: GPL-2.0
/*
 * One page got into a local: when the allocation fails, the reference
 * is dropped before the return.
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
	if (!vaddr) {
		put_page(page);
		return -ENOMEM;
	}
	ret = doorbell_write(vaddr, val);
	kfree(vaddr);
	put_page(page);
	return ret;
}

/*
 * check-name: a single got page put when a later allocation fails
 */
