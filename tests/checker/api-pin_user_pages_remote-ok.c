// SPDX-License-Identifier: GPL-2.0
/*
 * A debug agent pins pages of another process with pin_user_pages_remote(),
 * writes into them, and unpins them with unpin_user_pages_dirty_lock().
 */
#include "pincheck-kernel.h"

#define POKE_BATCH	16

int poke_copy_pages(struct page **pages, long nr, const void *src);

static long poke_remote(struct mm_struct *mm, unsigned long addr,
			unsigned long nr, const void *src)
{
	struct page *pages[POKE_BATCH];
	int locked = 1;
	long got;
	int err;

	if (nr > POKE_BATCH)
		nr = POKE_BATCH;

	got = pin_user_pages_remote(mm, addr, nr, FOLL_WRITE, pages, NULL,
				    &locked);
	if (got <= 0)
		return got;

	err = poke_copy_pages(pages, got, src);
	unpin_user_pages_dirty_lock(pages, got, !err);
	return err ? err : got;
}

/*
 * check-name: pin_user_pages_remote() pages released with unpin_user_pages_dirty_lock()
 */
