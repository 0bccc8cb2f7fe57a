// SPDX-License-Identifier: GPL-2.0
/*
 * A network filesystem pins a write payload with iov_iter_pin_pages_alloc()
 * (the array is allocated by the call) and drops it with put_page().
 */
#include "pincheck-kernel.h"

int nfs_send_pages(struct page **pages, size_t off, ssize_t len);

static ssize_t nfs_write_direct(struct iov_iter *from, size_t count)
{
	struct page **pages;
	size_t off;
	ssize_t len;
	int nr, i, err;

	len = iov_iter_pin_pages_alloc(from, &pages, count, &off);
	if (len <= 0)
		return len;
	nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	err = nfs_send_pages(pages, off, len);

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	kvfree(pages);
	return err ? err : len;
}

/*
 * check-name: iov_iter_pin_pages_alloc() pages released with put_page()
 *
 * check-error-start
api-iov_iter_pin_pages_alloc-warn.c:25:25: warning: put_page() releases a page pinned by iov_iter_pin_pages_alloc() at line 17; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
