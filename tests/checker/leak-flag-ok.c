// SPDX-License-Identifier: GPL-2.0
/*
 * The error label unpins only where a flag says the pin ran: the flag
 * and the pin go together, which the paths alone do not show.  A failed
 * step that reaches the label is not a leak.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int buf_prepare(void *ctx);
int buf_submit(void *ctx, struct page **pages, int nr);

int buf_run(void *ctx, unsigned long uaddr, int nr, bool user)
{
	struct page **pages;
	bool pinned = false;
	int got = 0, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (user) {
		got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
		if (got <= 0) {
			ret = -EFAULT;
			goto out;
		}
		pinned = true;
	}
	ret = buf_prepare(ctx);
	if (ret)
		goto out;
	ret = buf_submit(ctx, pages, got);
out:
	if (pinned)
		unpin_user_pages(pages, got);
	kvfree(pages);
	return ret;
}

/*
 * check-name: an error label that unpins under a flag set with the pin
 */
