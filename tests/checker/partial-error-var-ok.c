// SPDX-License-Identifier: GPL-2.0
/*
 * The short side only sets an error; the common exit unpins under
 * "if (ret)", which that error makes true (io_uring/rsrc.c's shape).
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
		ret = pret < 0 ? pret : -EFAULT;
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
 * check-name: an error set on the short side leads to the unpin under "if (ret)"
 */
