// SPDX-License-Identifier: GPL-2.0
/*
 * A debug agent pins pages of another process with pin_user_pages_remote()
 * and releases them with release_pages() once the copy is done.
 */
#include "pincheck-kernel.h"

#define PEEK_BATCH	16

int peek_copy_pages(struct page **pages, long nr, void *dst);

static long peek_remote(struct mm_struct *mm, unsigned long addr,
			unsigned long nr, void *dst)
{
	struct page *pages[PEEK_BATCH];
	int locked = 1;
	long got;
	int err;

	if (nr > PEEK_BATCH)
		nr = PEEK_BATCH;

	got = pin_user_pages_remote(mm, addr, nr, 0, pages, NULL, &locked);
	if (got <= 0)
		return got;

	err = peek_copy_pages(pages, got, dst);
	release_pages(pages, got);
	return err ? err : got;
}

/*
 * check-name: pin_user_pages_remote() pages released with release_pages()
 *
 * check-error-start
api-pin_user_pages_remote-warn.c:28:22: warning: release_pages() releases pages pinned by pin_user_pages_remote() at line 23; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
