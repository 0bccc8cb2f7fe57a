// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct mm_struct *get_task_mm_of(int pid);
void mmput(struct mm_struct *mm);
int peek_copy(void *dst, struct page **pages, int nr, unsigned long off);

/* Copy from another process: pages got from its mm into a kcalloc() array. */
int peek_remote(int pid, unsigned long addr, int nr, void *dst)
{
	struct mm_struct *mm;
	struct page **pages;
	long got;
	int ret;

	pages = kcalloc(nr, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	mm = get_task_mm_of(pid);
	got = get_user_pages_remote(mm, addr, nr, 0, pages, NULL, NULL);
	mmput(mm);
	if (got <= 0) {
		kfree(pages);
		return -EFAULT;
	}
	ret = peek_copy(dst, pages, got, addr & (PAGE_SIZE - 1));
	unpin_user_pages(pages, got);
	kfree(pages);
	return ret;
}
/*
 * check-name: got pages in a kcalloc() array released with unpin_user_pages()
 *
 * check-error-start
shape-got-kcalloc-warn.c:27:25: warning: unpin_user_pages() releases pages got by get_user_pages_remote() at line 20, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
