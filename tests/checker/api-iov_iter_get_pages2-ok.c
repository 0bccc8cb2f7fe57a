// SPDX-License-Identifier: GPL-2.0
/*
 * A 9p-style zero-copy read takes the pages of the destination iterator
 * with iov_iter_get_pages2() (FOLL_GET) and drops them with put_page()
 * when the transport is done.
 */
#include "pincheck-kernel.h"

#define ZC_PAGES	16

int trans_zc_request(struct page **pages, int nr, size_t off, ssize_t len);

static ssize_t p9_zc_read(struct iov_iter *to, size_t count)
{
	struct page *pages[ZC_PAGES];
	size_t off;
	ssize_t len;
	int nr, err, i;

	len = iov_iter_get_pages2(to, pages, count, ZC_PAGES, &off);
	if (len <= 0)
		return len;
	nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	err = trans_zc_request(pages, nr, off, len);
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	return err ? err : len;
}

/*
 * check-name: iov_iter_get_pages2() pages released with put_page()
 */
