// SPDX-License-Identifier: GPL-2.0
/*
 * A lookup that pins or gets by a flag of the request its caller gives
 * it, and drops the page on its error path by the same flag, read
 * again.  In between it sets the flag for a retry: the second read is
 * not the first, and a pinned page can reach put_page(), a got one
 * unpin_user_page().
 */
#include "pincheck-kernel.h"

struct xreq {
	unsigned long addr;
	bool pin;
	int error;
};

int xmap_page(struct xreq *req, struct page *page);
bool xretry_pinned(struct xreq *req);

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
		req->pin = xretry_pinned(req);
		if (!req->pin)
			put_page(page);
		else
			unpin_user_page(page);
		return -EIO;
	}
	return 0;
}

/*
 * check-name: a parameter's member tested twice, stored in between
 *
 * check-error-start
guard-member-warn.c:34:33: warning: put_page() releases a page that may be pinned by pin_user_pages_fast() at line 26 (or got by get_user_pages_fast() at line 28); use unpin_user_page() for the pinned ones [pincheck-wrong-release]
guard-member-warn.c:36:40: warning: unpin_user_page() releases a page that may be got by get_user_pages_fast() at line 28 (or pinned by pin_user_pages_fast() at line 26), which holds no pin; use put_page() for the got ones [pincheck-wrong-release]
 * check-error-end
 */
