// SPDX-License-Identifier: GPL-2.0
/*
 * A process_vm_writev()-style copy takes the target's pages with
 * get_user_pages_remote() (FOLL_GET) and releases them with
 * unpin_user_pages_dirty_lock().
 */
#include "pincheck-kernel.h"

#define PVM_BATCH	16

int pvm_copy_to_pages(struct page **pages, long nr, const void *src);

static long pvm_write_remote(struct mm_struct *mm, unsigned long addr,
			     unsigned long nr, const void *src)
{
	struct page *pages[PVM_BATCH];
	int locked = 1;
	long got;
	int err;

	if (nr > PVM_BATCH)
		nr = PVM_BATCH;

	got = get_user_pages_remote(mm, addr, nr, FOLL_WRITE, pages, NULL,
				    &locked);
	if (got <= 0)
		return got ? got : -EFAULT;

	err = pvm_copy_to_pages(pages, got, src);
	unpin_user_pages_dirty_lock(pages, got, !err);
	return err ? err : got;
}

/*
 * check-name: get_user_pages_remote() pages released with unpin_user_pages_dirty_lock()
 *
 * check-error-start
api-get_user_pages_remote-warn.c:30:36: warning: unpin_user_pages_dirty_lock() releases pages got by get_user_pages_remote() at line 24, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
