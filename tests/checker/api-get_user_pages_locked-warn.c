// SPDX-License-Identifier: GPL-2.0
/*
 * An ELF core-dump helper reads one page at a time with
 * get_user_pages_locked() (FOLL_GET) and drops it with unpin_user_page().
 */
#include "pincheck-kernel.h"

int dump_emit_page(void *cprm, struct page *page);

static int dump_user_range(void *cprm, unsigned long start, unsigned long end)
{
	unsigned long addr;
	struct page *page;
	int locked = 1;
	int err = 0;

	for (addr = start; addr < end && !err; addr += PAGE_SIZE) {
		if (get_user_pages_locked(addr, 1, 0, &page, &locked) != 1)
			continue;
		err = dump_emit_page(cprm, page);
		unpin_user_page(page);
	}
	return err;
}

/*
 * check-name: get_user_pages_locked() page released with unpin_user_page()
 *
 * check-error-start
api-get_user_pages_locked-warn.c:21:32: warning: unpin_user_page() releases a page got by get_user_pages_locked() at line 18, which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
