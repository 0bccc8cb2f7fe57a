// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct async_req {
	void (*done)(void *cookie, int nr);
	void *cookie;
};

int async_submit(struct async_req *req, struct page **pages, int nr);

/* The completion gets the page array back as an opaque cookie. */
static void xfer_done(void *cookie, int nr)
{
	struct page **pages = cookie;
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	kvfree(pages);
}

int xfer_start(struct async_req *req, unsigned long uaddr, int nr)
{
	struct page **pages;
	int pinned;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned != nr) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		kvfree(pages);
		return -EFAULT;
	}
	req->done = xfer_done;
	req->cookie = pages;
	return async_submit(req, pages, nr);
}

void xfer_cancel(struct async_req *req, int nr)
{
	xfer_done(req->cookie, nr);
}
/*
 * check-name: pinned array passed to a helper as void * and cast back, released with put_page()
 *
 * check-error-start
shape-void-param-warn.c:18:25: warning: put_page() in xfer_done() releases a page pinned by pin_user_pages_fast() at line 30 in xfer_start(), passed to xfer_done() at line 44 in xfer_cancel(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
