// SPDX-License-Identifier: GPL-2.0
/*
 * direct-io style: a static inline cleanup unpins the pages between
 * head and tail, then does it again before moving head; it is inlined
 * into two callers, and reported once.
 */
#include "pincheck-kernel.h"

struct xdio {
	struct page *pages[16];
	int head, tail;
	bool is_pinned;
};

int xdio_submit(struct xdio *dio);

static inline void xdio_cleanup(struct xdio *dio)
{
	if (dio->is_pinned) {
		unpin_user_pages(dio->pages + dio->head, dio->tail - dio->head);
		unpin_user_pages(dio->pages + dio->head, dio->tail - dio->head);
	}
	dio->head = dio->tail;
}

int xdio_read(struct xdio *dio)
{
	int err = xdio_submit(dio);

	if (err)
		xdio_cleanup(dio);
	return err;
}

int xdio_write(struct xdio *dio)
{
	int err = xdio_submit(dio);

	xdio_cleanup(dio);
	return err;
}

/*
 * check-name: a static inline cleanup unpins twice, inlined in two callers
 *
 * check-error-start
over-release-inline-warn.c:21:33: warning: unpin_user_pages() releases pages that unpin_user_pages() at line 20 already released [pincheck-over-release]
 * check-error-end
 */
