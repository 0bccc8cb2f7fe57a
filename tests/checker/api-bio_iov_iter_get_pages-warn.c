// SPDX-License-Identifier: GPL-2.0
/*
 * A direct-I/O path fills a bio with bio_iov_iter_get_pages() (FOLL_GET
 * in 6.1) and its error path unpins the bvec pages with unpin_user_page().
 */
#include "pincheck-kernel.h"

int dio_submit_bio(struct bio *bio);

static void dio_bio_unpin(struct bio *bio)
{
	int i;

	for (i = 0; i < bio->bi_vcnt; i++)
		unpin_user_page(bio->bi_io_vec[i].bv_page);
}

static int dio_fill_bio(struct bio *bio, struct iov_iter *iter)
{
	int ret;

	ret = bio_iov_iter_get_pages(bio, iter);
	if (ret)
		return ret;

	ret = dio_submit_bio(bio);
	if (ret)
		dio_bio_unpin(bio);
	return ret;
}

/*
 * check-name: bio_iov_iter_get_pages() pages released with unpin_user_page()
 *
 * check-error-start
api-bio_iov_iter_get_pages-warn.c:15:32: warning: unpin_user_page() releases a page got by bio_iov_iter_get_pages() at line 22 in dio_fill_bio(), which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
