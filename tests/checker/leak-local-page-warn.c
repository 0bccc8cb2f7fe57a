// SPDX-License-Identifier: GPL-2.0
/*
 * The function releases the page on no path: where it succeeds it hands
 * the page to the ring.  Where the allocation fails, the page is only in
 * a variable of the function's, which dies with it: a leak.
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
	desc = kmalloc(64, GFP_KERNEL);
	if (!desc)
		return -ENOMEM;
	r->desc = desc;
	r->page = page;
	return 0;
}

/*
 * check-name: a local page handed on where the function succeeds, lost where it fails
 *
 * check-error-start
leak-local-page-warn.c:25:24: warning: the page pinned by pin_user_pages_fast() at line 20 leaks here when the step at line 24 fails; unpin it first with unpin_user_page() [pincheck-pin-leak]
 * check-error-end
 */
