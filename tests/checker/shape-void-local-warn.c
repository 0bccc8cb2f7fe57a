// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int pipe_fill(void *pipe, struct page **pages, int nr);

/* A driver that keeps its buffer as void * and casts it where needed. */
int pipe_splice_user(void *pipe, unsigned long uaddr, int nr)
{
	void *buf;
	int got, ret;

	buf = kvmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	got = get_user_pages_fast(uaddr, nr, 0, (struct page **)buf);
	if (got <= 0) {
		kvfree(buf);
		return -EFAULT;
	}
	ret = pipe_fill(pipe, (struct page **)buf, got);
	unpin_user_pages((struct page **)buf, got);
	kvfree(buf);
	return ret;
}
/*
 * check-name: got pages in a void * buffer cast at each use, released with unpin_user_pages()
 *
 * check-error-start
shape-void-local-warn.c:21:25: warning: unpin_user_pages() releases pages got by get_user_pages_fast() at line 15, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
