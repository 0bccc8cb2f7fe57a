// SPDX-License-Identifier: GPL-2.0
/*
 * The message keeps the extracted pages without a reference of its own,
 * and drops one it never took with put_page(): for a user-backed
 * iterator, the pin stays for good.
 */
#include "pincheck-kernel.h"

struct xmsg {
	struct page *pages[8];
	int nr;
};

static void xmsg_page_add(struct xmsg *msg, struct page *page)
{
	msg->pages[msg->nr++] = page;
}

void xmsg_free(struct xmsg *msg)
{
	int i;

	for (i = 0; i < msg->nr; i++)
		put_page(msg->pages[i]);
	msg->nr = 0;
}

ssize_t xmsg_splice(struct xmsg *msg, struct iov_iter *iter, size_t len)
{
	struct page *page = NULL, **pages = &page;
	size_t off;
	ssize_t part;

	part = iov_iter_extract_pages(iter, &pages, len, 1, 0, &off);
	if (part <= 0)
		return part ? part : -EIO;
	xmsg_page_add(msg, page);
	return part;
}

/*
 * check-name: put_page() of extracted pages that never had a get_page()
 *
 * check-error-start
own-ref-warn.c:24:25: warning: put_page() releases a page that may be pinned by iov_iter_extract_pages() at line 34 in xmsg_splice(); use unpin_user_page() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
