// SPDX-License-Identifier: GPL-2.0
/*
 * A direct-I/O path pins a chunk of the iterator with iov_iter_pin_pages()
 * and, on a short chunk, gives the pages back with put_page().
 */
#include "pincheck-kernel.h"

#define DIO_CHUNK	16

int dio_queue_pages(struct page **pages, int nr, size_t off, ssize_t len);

static ssize_t dio_chunk(struct iov_iter *iter, size_t maxsize)
{
	struct page *pages[DIO_CHUNK];
	size_t off;
	ssize_t len;
	int nr, i;

	len = iov_iter_pin_pages(iter, pages, maxsize, DIO_CHUNK, &off);
	if (len <= 0)
		return len;
	nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (dio_queue_pages(pages, nr, off, len)) {
		for (i = 0; i < nr; i++)
			put_page(pages[i]);
		return -EFAULT;
	}
	return len;
}

/*
 * check-name: iov_iter_pin_pages() pages released with put_page()
 *
 * check-error-start
api-iov_iter_pin_pages-warn.c:26:33: warning: put_page() releases a page pinned by iov_iter_pin_pages() at line 19; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
