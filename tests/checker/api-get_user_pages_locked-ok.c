// SPDX-License-Identifier: GPL-2.0
/*
 * An ELF core-dump helper reads one page at a time with
 * get_user_pages_locked() (FOLL_GET) and drops it with put_page().
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
		put_page(page);
	}
	return err;
}

/*
 * check-name: get_user_pages_locked() page released with put_page()
 */
