// SPDX-License-Identifier: GPL-2.0
/*
 * A block layer in the 6.5 style: the bio remembers in a flag that its
 * pages were pinned (set when iov_iter_extract_will_pin() said so), and
 * the page release helper tests it before it unpins.
 */
#include "pincheck-kernel.h"

#define XBIO_PAGE_PINNED	3

struct xbio {
	unsigned int flags;
	struct page *pages[16];
	int nr;
};

static inline void xbio_set_flag(struct xbio *bio, unsigned int bit)
{
	bio->flags |= 1U << bit;
}

static inline bool xbio_flagged(struct xbio *bio, unsigned int bit)
{
	return (bio->flags & (1U << bit)) != 0;
}

static inline void xbio_release_page(struct xbio *bio, struct page *page)
{
	if (xbio_flagged(bio, XBIO_PAGE_PINNED))
		unpin_user_page(page);
}

static int xbio_add_pages(struct xbio *bio, struct iov_iter *iter)
{
	struct page **pages = bio->pages;
	size_t offset;
	ssize_t size;
	int i;

	size = iov_iter_extract_pages(iter, &pages, 16 * PAGE_SIZE, 16, 0,
				      &offset);
	if (size <= 0)
		return size ? size : -EFAULT;
	bio->nr = (offset + size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (size & 511) {
		for (i = 0; i < bio->nr; i++)
			xbio_release_page(bio, bio->pages[i]);
		return -EFAULT;
	}
	return 0;
}

int xbio_get_pages(struct xbio *bio, struct iov_iter *iter)
{
	if (iov_iter_extract_will_pin(iter))
		xbio_set_flag(bio, XBIO_PAGE_PINNED);
	return xbio_add_pages(bio, iter);
}

/*
 * check-name: a pinned-pages flag saved and tested by the release helper
 */
