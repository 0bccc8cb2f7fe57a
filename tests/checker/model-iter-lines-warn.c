// SPDX-License-Identifier: GPL-2.0
/*
 * A driver's own iterator test and release, named in a model file:
 * xio_user_mem() is true for UBUF and IOVEC iterators, xio_release()
 * unpins what a COND extraction pinned where XIO_PINNED_FLAG exists, and
 * puts the pages elsewhere.
 * The unpin runs in the kernel case.
 */
#include "pincheck-kernel.h"


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
		if (!xio_user_mem(iter))
			for (i = 0; i < nr; i++)
				unpin_user_page(pages[i]);
		return -EFAULT;
	}
	xio_release(pages, nr);
	return len;
}

/*
 * check-name: a model file's ITER_TEST and RELEASE_IF lines, the kernel case
 * check-command: pincheck --format=json --model=user-iters.model $file
 *
 * check-output-start
{"file":"model-iter-lines-warn.c","line":29,"column":48,"severity":"warning","check":"pincheck-cond-pin","message":"unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 22, where the iterator is not user-backed: it holds no reference","release":{"call":"unpin_user_page","family":"pin","file":"model-iter-lines-warn.c","line":29,"function":"xio_map"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"model-iter-lines-warn.c","line":22,"function":"xio_map"},"cure":null}
{"file":"model-iter-lines-warn.c","line":32,"column":20,"severity":"warning","check":"pincheck-cond-pin","message":"xio_release() releases pages that may be pinned by iov_iter_extract_pages() at line 22; use unpin_user_pages() when iov_iter_extract_will_pin()","release":{"call":"xio_release","family":"get","file":"model-iter-lines-warn.c","line":32,"function":"xio_map"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"model-iter-lines-warn.c","line":22,"function":"xio_map"},"cure":"unpin_user_pages"}
 * check-output-end
 */
