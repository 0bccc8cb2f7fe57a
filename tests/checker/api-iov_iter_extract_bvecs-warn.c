// SPDX-License-Identifier: GPL-2.0
/*
 * A block layer in the 7.x style: iov_iter_extract_bvecs() fills the
 * bio's own bio_vecs, pinning the pages of a user-backed iterator and
 * taking nothing on the others; the bio remembers which in a flag.  The
 * trimming helper, called only where the flag says "pinned", drops the
 * pages it trims with put_page(): their pins leak.
 */
#include "pincheck-kernel.h"

#define XBIO_PAGE_PINNED	3

struct xbio {
	unsigned int flags;
	unsigned short vcnt, max_vecs;
	struct bio_vec *io_vec;
};

static inline bool xbio_flagged(struct xbio *bio, unsigned int bit)
{
	return (bio->flags & (1U << bit)) != 0;
}

static void xbio_trim_vec(struct bio_vec *bv)
{
	put_page(bv->bv_page);
}

static void xbio_trim(struct xbio *bio, unsigned short keep)
{
	if (xbio_flagged(bio, XBIO_PAGE_PINNED))
		while (bio->vcnt > keep)
			xbio_trim_vec(&bio->io_vec[--bio->vcnt]);
}

int xbio_get_pages(struct xbio *bio, struct iov_iter *iter)
{
	ssize_t ret;

	if (iov_iter_extract_will_pin(iter))
		bio->flags |= 1U << XBIO_PAGE_PINNED;
	ret = iov_iter_extract_bvecs(iter, bio->io_vec, 1 << 20, &bio->vcnt,
				     bio->max_vecs, 511, 0);
	if (ret <= 0)
		return ret;
	if (ret & 511)
		xbio_trim(bio, 1);
	return 0;
}

/*
 * check-name: iov_iter_extract_bvecs() pages put by a helper called only where they are pinned
 *
 * check-error-start
api-iov_iter_extract_bvecs-warn.c:26:17: warning: put_page() releases a page that may be pinned by iov_iter_extract_bvecs() at line 42 in xbio_get_pages(); use unpin_user_page() when iov_iter_extract_will_pin() [pincheck-cond-pin]
 * check-error-end
 */
