// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a file sparse cannot parse is an object of its own
 * (check pincheck-unchecked, severity error), besides sparse's errors
 * and our line on standard error; the status is 1.
 */
#include "pincheck-kernel.h"

int dma_map_user(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages) +;

	return pinned;
}
/*
 * check-name: --format=json reports an unparsable file as unchecked
 * check-command: pincheck --format=json $file
 * check-exit-value: 1
 *
 * check-error-start
output-json-unchecked.c:11:73: error: No right hand side of '+'-expression
pincheck: output-json-unchecked.c: not checked: sparse could not parse it (errors above)
 * check-error-end
 * check-output-start
{"file":"output-json-unchecked.c","line":0,"column":0,"severity":"error","check":"pincheck-unchecked","message":"not checked: sparse could not parse it"}
 * check-output-end
 */
