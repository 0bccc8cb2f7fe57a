// SPDX-License-Identifier: GPL-2.0
/*
 * A block driver builds a bio by hand from pages pinned with
 * pin_user_pages_fast() and completes it with bio_release_pages(), which
 * in 6.1 drops the bvec pages with put_page(): the pins leak.
 */
#include "pincheck-kernel.h"

#define UBIO_MAX_VECS	16

int ubio_submit(struct bio *bio);

static int ubio_map_user(struct bio *bio, unsigned long uaddr, int nr)
{
	struct page *pages[UBIO_MAX_VECS];
	int got, i, err;

	if (nr > UBIO_MAX_VECS)
		return -EFAULT;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++) {
		bio->bi_io_vec[i].bv_page = pages[i];
		bio->bi_io_vec[i].bv_len = PAGE_SIZE;
		bio->bi_io_vec[i].bv_offset = 0;
	}
	bio->bi_vcnt = got;

	err = ubio_submit(bio);
	if (err)
		bio_release_pages(bio, false);
	return err;
}

/*
 * check-name: bio_release_pages() releases pin_user_pages_fast() pages
 *
 * check-error-start
api-bio_release_pages-warn.c:33:34: warning: bio_release_pages() releases pages pinned by pin_user_pages_fast() at line 21; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
