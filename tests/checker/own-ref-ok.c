// SPDX-License-Identifier: GPL-2.0
/*
 * MSG_SPLICE_PAGES style: the extracted pages go into a message that
 * takes its own reference on each (get_page()), and the message later
 * drops that reference with put_page().
 */
#include "pincheck-kernel.h"

struct xmsg {
	struct page *pages[8];
	int nr;
};

static void xmsg_page_add(struct xmsg *msg, struct page *page)
{
	get_page(page);
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
 * check-name: put_page() of extracted pages after the code's own get_page()
 */
