// SPDX-License-Identifier: GPL-2.0
/*
 * The same file in a tree without BIO_PAGE_PINNED: nothing says
 * __bio_release_pages() runs on pinned bios only, and the bio's flag,
 * set from iov_iter_extract_will_pin(), is ignored by its unpins.
 */
#include "pincheck-kernel.h"

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
 * check-name: __bio_release_pages() unpins regardless of the flag, where BIO_PAGE_PINNED does not exist
 *
 * check-error-start
bio-release-contract-warn.c:21:32: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 32 in xbio_map_iter(), pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first [pincheck-cond-pin]
 * check-error-end
 */
