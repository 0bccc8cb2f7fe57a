// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define MSG_MAX_PAGES	8

struct msg_ctx {
	int nr_pages;
	struct page **pages;
};

int msg_send_pages(struct msg_ctx *ctx);

static void msg_release(struct msg_ctx *ctx)
{
	release_pages(ctx->pages, ctx->nr_pages);
	ctx->nr_pages = 0;
}

/* The context points at the caller's stack array while the message is out. */
int msg_send_user(unsigned long uaddr, int nr)
{
	struct page *pages[MSG_MAX_PAGES];
	struct msg_ctx ctx;
	int ret;

	if (nr > MSG_MAX_PAGES)
		return -ENOMEM;
	ctx.pages = pages;
	ctx.nr_pages = pin_user_pages_fast(uaddr, nr, 0, pages);
	if (ctx.nr_pages <= 0)
		return -EFAULT;
	ret = msg_send_pages(&ctx);
	msg_release(&ctx);
	return ret;
}
/*
 * check-name: member pointer set to a local pinned array, released through it with release_pages()
 *
 * check-error-start
shape-member-from-local-warn.c:15:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 29 in msg_send_user(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
