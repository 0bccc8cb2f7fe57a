// SPDX-License-Identifier: GPL-2.0
/*
 * The iterator is made here, so its kind is known where its pages are
 * released: iov_iter_kvec().
 */
#include "pincheck-kernel.h"

#define WRITE 1

int xfer_pages(struct page **pages, int nr);

ssize_t xfer_buf(void *ubuf, size_t len)
{
	struct page *stack[4], **pages = stack;
	struct kvec kv = { ubuf, len };
	struct iov_iter iter;
	size_t offset;
	ssize_t got;
	int i, nr;

	iov_iter_kvec(&iter, WRITE, &kv, 1, len);
	got = iov_iter_extract_pages(&iter, &pages, len, 4, 0, &offset);
	if (got <= 0)
		return got;
	nr = (offset + got + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (xfer_pages(pages, nr)) {
		for (i = 0; i < nr; i++)
			unpin_user_page(pages[i]);
		return -EFAULT;
	}
	return got;
}

/*
 * check-name: an iterator made by iov_iter_kvec(), then unpinned
 *
 * check-error-start
iter-made-warn.c:28:40: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 22, where the iterator is not user-backed: it holds no reference [pincheck-cond-pin]
 * check-error-end
 */
