// SPDX-License-Identifier: GPL-2.0
/*
 * The short side sets ret to 0 when something was pinned: "if (ret)" is
 * false there, and the short pin returns its pages as if all were there.
 */
#include "pincheck-kernel.h"

void buf_lock(void);
void buf_unlock(void);
int buf_check(struct page **pages, int nr);

struct page **buf_pin_pages(unsigned long ubuf, int nr_pages, int *npages)
{
	struct page **pages;
	long pret;
	int ret;

	pages = kvmalloc_array(nr_pages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf_lock();
	pret = pin_user_pages(ubuf, nr_pages, FOLL_WRITE, pages, NULL);
	if (pret == nr_pages) {
		ret = buf_check(pages, nr_pages);
		*npages = nr_pages;
	} else {
		ret = pret < 0 ? pret : 0;
	}
	buf_unlock();
	if (ret) {
		if (pret > 0)
			unpin_user_pages(pages, pret);
		kvfree(pages);
		return NULL;
	}
	return pages;
}
/*
 * check-name: a short pin that sets no error skips the unpin under "if (ret)"
 *
 * check-error-start
partial-error-var-warn.c:36:16: warning: pages pinned by pin_user_pages() at line 22 leak here when it pins fewer than asked (the test at line 23); unpin them first with unpin_user_pages() [pincheck-partial-pin]
 * check-error-end
 */
