// SPDX-License-Identifier: GPL-2.0
/*
 * A direct-I/O completion hands a bio filled by bio_iov_iter_get_pages()
 * (FOLL_GET in 6.1) to __bio_release_pages().
 */
#include "pincheck-kernel.h"

int dio_submit_and_wait(struct bio *bio);

static void dio_end_io(struct bio *bio, bool should_dirty)
{
	__bio_release_pages(bio, should_dirty);
}

static int dio_rw(struct bio *bio, struct iov_iter *iter, bool is_read)
{
	int err;

	err = bio_iov_iter_get_pages(bio, iter);
	if (err)
		return err;

	err = dio_submit_and_wait(bio);
	dio_end_io(bio, is_read && !err);
	return err;
}

/*
 * check-name: __bio_release_pages() releases bio_iov_iter_get_pages() pages
 */
