// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

int blk_map_chunk(void *q, struct page **pages, int nr);

/*
 * Map a user buffer in chunks; on a short map the pages not handed to
 * the queue are released from pages + mapped.
 */
int blk_map_user_buf(void *q, unsigned long uaddr, int nr_pages,
		     struct page **pages)
{
	int pinned, mapped;

	pinned = pin_user_pages_fast(uaddr, nr_pages, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	mapped = blk_map_chunk(q, pages, pinned);
	if (mapped < pinned)
		release_pages(pages + mapped, pinned - mapped);
	return mapped;
}
/*
 * check-name: pinned pages released from pages + n with release_pages()
 *
 * check-error-start
shape-ptr-offset-warn.c:20:30: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 15; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
