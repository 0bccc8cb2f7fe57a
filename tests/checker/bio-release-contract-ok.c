// SPDX-License-Identifier: GPL-2.0
/*
 * block/bio.c, 6.12: __bio_release_pages() unpins every page of the bio;
 * its callers (bio_release_pages(), an inline of bio.h) call it only
 * when the bio says its pages were pinned.  The model says so.
 */
#include "pincheck-kernel.h"

enum {
	BIO_PAGE_PINNED = 1,
	BIO_CLONED,
};

#define XBIO_MAX_VECS	16

struct xbio {
	unsigned int flags;
	struct bio bio;
};

void __bio_release_pages(struct bio *bio, bool mark_dirty)
{
	int i;

	for (i = 0; i < bio->bi_vcnt; i++)
		unpin_user_page(bio->bi_io_vec[i].bv_page);
}

int xbio_map_iter(struct xbio *xb, struct iov_iter *iter)
{
	struct page *stack[XBIO_MAX_VECS], **pages = stack;
	struct bio *bio = &xb->bio;
	size_t offset;
	ssize_t size;
	int i, nr;

	size = iov_iter_extract_pages(iter, &pages, iter->count, XBIO_MAX_VECS,
				      0, &offset);
	if (size <= 0)
		return size ? size : -EFAULT;
	if (iov_iter_extract_will_pin(iter))
		xb->flags |= 1U << 1;
	nr = (offset + size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (i = 0; i < nr; i++)
		bio->bi_io_vec[i].bv_page = pages[i];
	bio->bi_vcnt = nr;
	return 0;
}

/*
 * check-name: __bio_release_pages()'s own unpins, where BIO_PAGE_PINNED exists
 * check-command: pincheck --format=json $file
 */
