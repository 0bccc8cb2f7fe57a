// SPDX-License-Identifier: GPL-2.0
/*
 * A zero-copy send path pins the user iovec with iov_iter_pin_user_pages()
 * and, when the socket refuses the fragments, drops them with
 * release_pages().
 */
#include "pincheck-kernel.h"

#define ZC_MAX_FRAGS	17

struct zc_msg {
	struct page *frags[ZC_MAX_FRAGS];
	int nr_frags;
};

int zc_attach_frags(struct zc_msg *msg, size_t off, ssize_t len);

static ssize_t zc_fill(struct zc_msg *msg, struct iov_iter *from, size_t len)
{
	size_t off;
	ssize_t got;

	got = iov_iter_pin_user_pages(from, msg->frags, len, ZC_MAX_FRAGS,
				      &off);
	if (got < 0)
		return got;
	msg->nr_frags = (off + got + PAGE_SIZE - 1) >> PAGE_SHIFT;

	if (zc_attach_frags(msg, off, got)) {
		release_pages(msg->frags, msg->nr_frags);
		msg->nr_frags = 0;
		return -ENOMEM;
	}
	return got;
}

/*
 * check-name: iov_iter_pin_user_pages() pages released with release_pages()
 *
 * check-error-start
api-iov_iter_pin_user_pages-warn.c:30:30: warning: release_pages() releases pages pinned by iov_iter_pin_user_pages() at line 23; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
