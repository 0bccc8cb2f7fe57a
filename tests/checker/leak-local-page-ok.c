// SPDX-License-Identifier: GPL-2.0
/*
 * The function hands the page to the ring before the allocation that may
 * fail: whoever tears the ring down unpins it, on this error path too.
 */
#include "pincheck-kernel.h"

struct ring {
	struct page *page;
	void *desc;
};

int ring_attach(struct ring *r, unsigned long uaddr)
{
	struct page *page;
	void *desc;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (ret != 1)
		return -EFAULT;
	r->page = page;
	desc = kmalloc(64, GFP_KERNEL);
	if (!desc)
		return -ENOMEM;
	r->desc = desc;
	return 0;
}

/*
 * check-name: a local page handed on before the step that fails
 */
