// SPDX-License-Identifier: GPL-2.0
/*
 * Linux 6.14 and later, as a checker sees them: READ_ONCE() and the
 * per-cpu accessors through __typeof_unqual__(), and MODULE_INFO()'s
 * _Static_assert() on __builtin_strlen().  sparse 0.6.4 could not parse
 * either (sparse-patches/ 0001, 0002): the file is parsed, and the right
 * releases give nothing.
 */
#include "pincheck-kernel.h"

#define __unqual_scalar_typeof(x)	__typeof_unqual__(x)
#define READ_ONCE(x)	(*(const volatile __unqual_scalar_typeof(x) *)&(x))
#define MODULE_INFO(tag, info)						\
	_Static_assert(sizeof(info) - 1 == __builtin_strlen(info),	\
		       "MODULE_INFO(" #tag ", ...) contains embedded NUL byte"); \
	static const char __modinfo_##tag[] = #tag "=" info

struct dma_window {
	struct page *const *pages;
	struct page *page;
};

void window_release(struct dma_window *w, unsigned long addr)
{
	struct page *page;

	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, &page) != 1)
		return;
	w->page = page;
	unpin_user_page(READ_ONCE(w->page));
}

void window_release_first(struct page **pages, unsigned long addr)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return;
	{
		__typeof_unqual__(*pages) first = pages[0];

		unpin_user_page(first);
	}
}

MODULE_INFO(license, "GPL");
/*
 * check-name: Linux 7.x shapes, right releases
 * check-needs-sparse-patches: 0001 0002
 */
