// SPDX-License-Identifier: GPL-2.0
/*
 * Linux 6.14 and later, as a checker sees them: READ_ONCE() and the
 * per-cpu accessors through __typeof_unqual__(), and MODULE_INFO()'s
 * _Static_assert() on __builtin_strlen().  sparse 0.6.4 could not parse
 * either (sparse-patches/ 0001, 0002): the file is parsed and the wrong
 * release found.
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
	put_page(READ_ONCE(w->page));
}

void window_release_first(struct page **pages, unsigned long addr)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return;
	{
		__typeof_unqual__(*pages) first = pages[0];

		put_page(first);
	}
}

MODULE_INFO(license, "GPL");
/*
 * check-name: Linux 7.x shapes: __typeof_unqual__, __builtin_strlen()
 * check-needs-sparse-patches: 0001 0002
 *
 * check-error-start
parse-typeof-unqual-warn.c:30:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 27; use unpin_user_page()
parse-typeof-unqual-warn.c:40:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 35; use unpin_user_page()
 * check-error-end
 */
