// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a note about the analysis (a function too large for
 * --max-insns) is an object of severity "note".
 */
#include "pincheck-kernel.h"

int dma_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned != nr)
		return -EFAULT;
	put_page(pages[0]);
	return 0;
}
/*
 * check-name: --format=json prints a note as an object of severity note
 * check-command: pincheck --format=json --max-insns=3 $file
 *
 * check-output-start
{"file":"output-json-note.c","line":8,"column":5,"severity":"note","check":"pincheck-note","message":"dma_map_user(): too large for pincheck (21 instructions), not checked"}
 * check-output-end
 */
