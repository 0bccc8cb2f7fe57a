// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a short pin returns without unpinning what it took.
 * The object names the pin, the test of its count, and the cure.
 */
#include "pincheck-kernel.h"

int dma_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned < 0)
		return pinned;
	if (pinned != nr)
		return -EFAULT;
	return 0;
}
/*
 * check-name: --format=json names the pin and the short test of a partial-pin leak
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-partial-warn.c","line":16,"column":24,"severity":"warning","check":"pincheck-partial-pin","message":"pages pinned by pin_user_pages_fast() at line 12 leak here when it pins fewer than asked (the test at line 15); unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-partial-warn.c","line":12,"function":"dma_map_user"},"short_test":{"file":"output-json-partial-warn.c","line":15},"cure":"unpin_user_pages"}
 * check-output-end
 */
