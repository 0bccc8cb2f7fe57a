// SPDX-License-Identifier: GPL-2.0
/*
 * A direct-I/O completion, converted to pin its pages with
 * iov_iter_pin_pages(), still hands the bio to __bio_release_pages(),
 * which puts each bvec page with put_page(): the pins leak.
 */
#include "pincheck-kernel.h"

#define DIO_VECS	8

static void dio_end_io(struct bio *bio, bool should_dirty)
{
	__bio_release_pages(bio, should_dirty);
}

static ssize_t dio_add_user_pages(struct bio *bio, struct iov_iter *iter,
				  size_t maxsize)
{
	struct page *pages[DIO_VECS];
	size_t off;
	ssize_t len;
	int nr, i;

	len = iov_iter_pin_pages(iter, pages, maxsize, DIO_VECS, &off);
	if (len <= 0)
		return len;
	nr = (off + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	for (i = 0; i < nr; i++) {
		bio->bi_io_vec[i].bv_page = pages[i];
		bio->bi_io_vec[i].bv_offset = i ? 0 : off;
		bio->bi_io_vec[i].bv_len = PAGE_SIZE;
	}
	bio->bi_vcnt = nr;
	return len;
}

static int dio_rw(struct bio *bio, struct iov_iter *iter, size_t maxsize)
{
	ssize_t len = dio_add_user_pages(bio, iter, maxsize);

	if (len <= 0)
		return -EFAULT;
	dio_end_io(bio, true);
	return 0;
}

/*
 * check-name: __bio_release_pages() releases iov_iter_pin_pages() pages
 *
 * check-error-start
api-__bio_release_pages-warn.c:13:28: warning: __bio_release_pages() releases pages pinned by iov_iter_pin_pages() at line 24 in dio_add_user_pages(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
