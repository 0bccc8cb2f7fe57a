// SPDX-License-Identifier: GPL-2.0
/*
 * Linux 6.14 and later, as a checker sees them: READ_ONCE() and the
 * per-cpu accessors through __typeof_unqual__(), MODULE_INFO()'s
 * _Static_assert() on __builtin_strlen(), btrfs's ASSERT() through
 * __VA_OPT__.  sparse 0.6.4 could parse none of them (sparse-patches/
 * 0001, 0002, 0004): the file is parsed and the wrong release found.
 */
#include "pincheck-kernel.h"

/* as compiler_types.h: a checker is assumed to know __typeof_unqual__ */
#ifdef __CHECKER__
#define TYPEOF_UNQUAL(x)	__typeof_unqual__(x)
#else
#define TYPEOF_UNQUAL(x)	__typeof__(x)
#endif
#define __unqual_scalar_typeof(x)	TYPEOF_UNQUAL(x)
#define READ_ONCE(x)	(*(const volatile __unqual_scalar_typeof(x) *)&(x))
#define MODULE_INFO(tag, info)						\
	_Static_assert(sizeof(info) - 1 == __builtin_strlen(info),	\
		       "MODULE_INFO(" #tag ", ...) contains embedded NUL byte"); \
	static const char __modinfo_##tag[] = #tag "=" info
#define __FIRST_ARG(_, ...)	_
#define __REST_ARGS(_, ...)	__VA_OPT__(,) __VA_ARGS__
#define ASSERT(cond, args...)						\
	do {								\
		if (!(cond))						\
			assert_failed("%s:%d " __FIRST_ARG(args), #cond, \
				      __LINE__ __REST_ARGS(args));	\
	} while (0)

void assert_failed(const char *fmt, ...);

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
	ASSERT(w->page);
	ASSERT(w->page == page, "page %p", page);
	put_page(READ_ONCE(w->page));
}

void window_release_first(struct page **pages, unsigned long addr)
{
	if (pin_user_pages_fast(addr, 1, FOLL_WRITE, pages) != 1)
		return;
	{
		TYPEOF_UNQUAL(*pages) first = pages[0];

		put_page(first);
	}
}

MODULE_INFO(license, "GPL");
/*
 * check-name: Linux 7.x shapes: __typeof_unqual__, __builtin_strlen()
 * check-needs-sparse-patches: 0001 0002 0004
 *
 * check-error-start
parse-typeof-unqual-warn.c:48:17: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 43; use unpin_user_page() [pincheck-wrong-release]
parse-typeof-unqual-warn.c:58:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 53; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
