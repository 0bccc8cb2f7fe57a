// SPDX-License-Identifier: GPL-2.0
/*
 * A frame grabber pins the user buffer with pin_user_pages() under the
 * mmap lock and drops it with release_pages() when capture fails.
 */
#include "pincheck-kernel.h"

#define GRAB_MAX_PAGES	64

struct grab_ctx {
	struct page *pages[GRAB_MAX_PAGES];
	long nr;
};

int grab_hw_start(struct grab_ctx *ctx);

static int grab_capture(struct grab_ctx *ctx, unsigned long uaddr,
			unsigned long nr)
{
	long ret;

	if (nr > GRAB_MAX_PAGES)
		return -EFAULT;

	ret = pin_user_pages(uaddr, nr, FOLL_WRITE, ctx->pages, NULL);
	if (ret <= 0)
		return ret ? ret : -EFAULT;
	ctx->nr = ret;

	if (grab_hw_start(ctx)) {
		release_pages(ctx->pages, ctx->nr);
		ctx->nr = 0;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: pin_user_pages() pages released with release_pages()
 *
 * check-error-start
api-pin_user_pages-warn.c:31:30: warning: release_pages() releases pages pinned by pin_user_pages() at line 25; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
