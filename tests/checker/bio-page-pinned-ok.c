// SPDX-License-Identifier: GPL-2.0
/*
 * In a tree whose bio remembers a pin (the BIO_PAGE_PINNED flag, 6.5+),
 * bio_release_pages() unpins the pages of a pinned bio and leaves the
 * others: right for the pages of iov_iter_extract_pages().
 */
#include "pincheck-kernel.h"

/* include/linux/blk_types.h, 6.5+: the bio says its pages were pinned */
enum {
	BIO_PAGE_PINNED = 1,
	BIO_CLONED,
};

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
 * check-name: bio_release_pages() of extracted pages, where BIO_PAGE_PINNED exists
 * check-command: pincheck --format=json $file
 */
