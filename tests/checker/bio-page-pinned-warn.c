// SPDX-License-Identifier: GPL-2.0
/*
 * In a tree without BIO_PAGE_PINNED (6.1), bio_release_pages() drops
 * page references with put_page(): wrong for the pages of
 * iov_iter_extract_pages(), which it may have pinned.
 */
#include "pincheck-kernel.h"

#define XBIO_MAX_VECS	16

int xbio_submit(struct bio *bio);

int xbio_map_iter(struct bio *bio, struct iov_iter *iter)
{
	struct page *stack[XBIO_MAX_VECS], **pages = stack;
	size_t offset;
	ssize_t size;
	int i, nr, err;

	size = iov_iter_extract_pages(iter, &pages, iter->count, XBIO_MAX_VECS,
				      0, &offset);
	if (size <= 0)
		return size ? size : -EFAULT;
	nr = (offset + size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (i = 0; i < nr; i++) {
		bio->bi_io_vec[i].bv_page = pages[i];
		bio->bi_io_vec[i].bv_len = PAGE_SIZE;
		bio->bi_io_vec[i].bv_offset = 0;
	}
	bio->bi_vcnt = nr;

	err = xbio_submit(bio);
	if (err)
		bio_release_pages(bio, false);
	return err;
}

/*
 * check-name: bio_release_pages() of extracted pages, where BIO_PAGE_PINNED does not exist
 *
 * check-error-start
bio-page-pinned-warn.c:34:34: warning: bio_release_pages() releases pages that may be pinned by iov_iter_extract_pages() at line 20; use unpin_user_pages() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
