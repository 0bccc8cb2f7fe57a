// SPDX-License-Identifier: GPL-2.0
/*
 * A Ceph-style direct read takes the destination pages with
 * iov_iter_get_pages_alloc2() (FOLL_GET, array allocated by the call) and
 * its completion unpins them one by one with unpin_user_page().
 */
#include "pincheck-kernel.h"

int osd_read_into(struct page **pages, int nr, size_t start, ssize_t len);

static ssize_t ceph_direct_read(struct iov_iter *to, size_t len)
{
	struct page **pages;
	size_t start;
	ssize_t got;
	int nr, i, err;

	got = iov_iter_get_pages_alloc2(to, &pages, len, &start);
	if (got < 0)
		return got;
	nr = (start + got + PAGE_SIZE - 1) >> PAGE_SHIFT;

	err = osd_read_into(pages, nr, start, got);
	for (i = 0; i < nr; i++) {
		if (!err)
			set_page_dirty_lock(pages[i]);
		unpin_user_page(pages[i]);
	}
	kvfree(pages);
	return err ? err : got;
}

/*
 * check-name: iov_iter_get_pages_alloc2() pages released with unpin_user_page()
 *
 * check-error-start
api-iov_iter_get_pages_alloc2-warn.c:27:32: warning: unpin_user_page() releases a page got by iov_iter_get_pages_alloc2() at line 18, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
