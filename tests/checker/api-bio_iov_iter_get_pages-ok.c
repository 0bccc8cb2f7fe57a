// SPDX-License-Identifier: GPL-2.0
/*
 * A direct-I/O path fills a bio with bio_iov_iter_get_pages() (FOLL_GET
 * in 6.1) and its error path drops the bvec pages with
 * bio_release_pages().
 */
#include "pincheck-kernel.h"

int dio_submit_bio(struct bio *bio);

static int dio_fill_bio(struct bio *bio, struct iov_iter *iter, bool read)
{
	int ret;

	ret = bio_iov_iter_get_pages(bio, iter);
	if (ret)
		return ret;

	ret = dio_submit_bio(bio);
	if (ret)
		bio_release_pages(bio, read);
	return ret;
}

/*
 * check-name: bio_iov_iter_get_pages() pages released with bio_release_pages()
 */
