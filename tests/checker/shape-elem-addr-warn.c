// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define CMD_MAX_SEGS	8

struct cmd_seg {
	unsigned long uaddr;
	u32 len;
};

int cmd_exec(struct page **pages, const struct cmd_seg *segs, int nr);

/* One page a segment, each pinned into &pages[i]. */
int cmd_run(const struct cmd_seg *segs, int nr)
{
	struct page *pages[CMD_MAX_SEGS];
	int i, ret;

	if (nr > CMD_MAX_SEGS)
		return -ENOMEM;
	for (i = 0; i < nr; i++) {
		if (pin_user_pages_fast(segs[i].uaddr, 1, 0, &pages[i]) != 1) {
			ret = -EFAULT;
			goto out;
		}
	}
	ret = cmd_exec(pages, segs, nr);
out:
	release_pages(pages, i);
	return ret;
}
/*
 * check-name: pages pinned one by one into &pages[i], released with release_pages()
 *
 * check-error-start
shape-elem-addr-warn.c:29:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 22; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
