// SPDX-License-Identifier: GPL-2.0
/*
 * A pipe splice helper pins user pages with pin_user_pages_remote() on
 * behalf of another mm and drops the batch with release_pages().
 */
#include "pincheck-kernel.h"

#define SPLICE_BATCH	16

int splice_to_pipe_pages(struct page **pages, long nr);

static long vmsplice_remote(struct mm_struct *mm, unsigned long addr,
			    unsigned long nr)
{
	struct page *pages[SPLICE_BATCH];
	int locked = 1;
	long got, ret;

	if (nr > SPLICE_BATCH)
		nr = SPLICE_BATCH;

	got = pin_user_pages_remote(mm, addr, nr, 0, pages, NULL, &locked);
	if (got <= 0)
		return got ? got : -EFAULT;

	ret = splice_to_pipe_pages(pages, got);
	if (ret < 0)
		release_pages(pages, got);
	return ret;
}

/*
 * check-name: release_pages() releases pin_user_pages_remote() pages
 *
 * check-error-start
api-release_pages-warn.c:28:30: warning: release_pages() releases pages pinned by pin_user_pages_remote() at line 22; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
