// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's own iterator test and release, named in a model file:
 * xio_user_mem() is true for UBUF and IOVEC iterators, xio_release()
 * unpins what a COND extraction pinned where XIO_PINNED_FLAG exists, and
 * puts the pages elsewhere.
 * The unpin runs in the user-backed case only.
 */
#include "pincheck-kernel.h"

enum { XIO_PINNED_FLAG = 4 };
bool xio_user_mem(struct iov_iter *iter);
void xio_release(struct page **pages, int nr);
int xio_send(struct page **pages, int nr);

ssize_t xio_map(struct iov_iter *iter, struct page **pages)
{
	size_t offset;
	ssize_t len;
	int i, nr;

	len = iov_iter_extract_pages(iter, &pages, iter->count, 8, 0, &offset);
	if (len <= 0)
		return len;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (xio_send(pages, nr)) {
		if (xio_user_mem(iter))
			for (i = 0; i < nr; i++)
				unpin_user_page(pages[i]);
		return -EFAULT;
	}
	xio_release(pages, nr);
	return len;
}

/*
 * check-name: a model file's ITER_TEST and RELEASE_IF lines, the user-backed case only
 * check-command: pincheck --format=json --model=user-iters.model $file
 */
