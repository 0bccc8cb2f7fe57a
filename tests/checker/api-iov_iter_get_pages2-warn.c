// SPDX-License-Identifier: GPL-2.0
/*
 * A 9p-style zero-copy read takes the pages of the destination iterator
 * with iov_iter_get_pages2() (FOLL_GET) and unpins them with
 * unpin_user_pages() when the transport is done.
 */
#include "pincheck-kernel.h"

#define ZC_PAGES	16

int trans_zc_request(struct page **pages, int nr, size_t off, ssize_t len);

static ssize_t p9_zc_read(struct iov_iter *to, size_t count)
{
	struct page *pages[ZC_PAGES];
	size_t off;
	ssize_t len;
	int nr, err;

	len = iov_iter_get_pages2(to, pages, count, ZC_PAGES, &off);
	if (len <= 0)
		return len;
	nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	err = trans_zc_request(pages, nr, off, len);
	unpin_user_pages(pages, nr);
	return err ? err : len;
}

/*
 * check-name: iov_iter_get_pages2() pages released with unpin_user_pages()
 *
 * check-error-start
api-iov_iter_get_pages2-warn.c:26:25: warning: unpin_user_pages() releases pages got by iov_iter_get_pages2() at line 20, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
