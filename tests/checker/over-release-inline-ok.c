// SPDX-License-Identifier: GPL-2.0
/*
 * direct-io style: a static inline cleanup unpins the pages between
 * head and tail and moves head past them; it is inlined into two
 * callers, each of which runs it once.
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
	if (dio->is_pinned)
		unpin_user_pages(dio->pages + dio->head, dio->tail - dio->head);
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
 * check-name: a static inline cleanup unpins once, inlined in two callers
 */
