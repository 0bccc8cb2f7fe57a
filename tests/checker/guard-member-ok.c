// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup that pins or gets by a flag of the request its caller gives
 * it, and drops the page on its error path by the same flag, read
 * again: the function never stores that member, so both reads say the
 * same thing.
 */
#include "pincheck-kernel.h"

struct xreq {
	unsigned long addr;
	bool pin;
	int error;
};

int xmap_page(struct xreq *req, struct page *page);

int xlookup(struct xreq *req)
{
	struct page *page;
	long n;

	if (req->pin)
		n = pin_user_pages_fast(req->addr, 1, FOLL_WRITE, &page);
	else
		n = get_user_pages_fast(req->addr, 1, FOLL_WRITE, &page);
	if (n != 1)
		return -EFAULT;
	if (xmap_page(req, page)) {
		if (!req->pin)
			put_page(page);
		else
			unpin_user_page(page);
		return -EIO;
	}
	return 0;
}

/*
 * check-name: a parameter's member tested twice, never stored
 */
