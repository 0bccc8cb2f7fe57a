// SPDX-License-Identifier: GPL-2.0
/*
 * The pins happen inside one loop and the puts inside the next: a loop's
 * condition is true in its body and false after it, but that says
 * nothing about the pages, which are the same.
 */
#include "pincheck-kernel.h"

int ring_send(struct page **pages, int nr);

int ring_pin_each(struct page **pages, int nr)
{
	int i, err;

	for (i = 0; i < nr; i++)
		pin_user_page(pages[i]);
	err = ring_send(pages, nr);
	for (i = 0; i < nr; i++)
		put_page(pages[i]);
	return err;
}
/*
 * check-name: loop conditions are not guards
 *
 * check-error-start
guard-loop-condition-warn.c:19:25: warning: put_page() releases a page pinned by pin_user_page() at line 16; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
