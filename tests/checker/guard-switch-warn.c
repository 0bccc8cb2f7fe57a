// SPDX-License-Identifier: GPL-2.0
/*
 * An ioctl that gets or pins by command, and a helper whose cases do
 * not match: BENCH_PIN_LONG pages are released with put_page().
 */
#include "pincheck-kernel.h"

#define _IOWR(t, nr, size)	((3U << 30) | ((t) << 8) | (nr) | ((size) << 16))
#define BENCH_GET	_IOWR('b', 1, 32)
#define BENCH_PIN	_IOWR('b', 2, 32)
#define BENCH_PIN_LONG	_IOWR('b', 3, 32)

static void bench_put_back(unsigned int cmd, struct page **pages, int nr)
{
	int i;

	switch (cmd) {
	case BENCH_GET:
	case BENCH_PIN_LONG:
		for (i = 0; i < nr; i++)
			put_page(pages[i]);
		break;
	case BENCH_PIN:
		unpin_user_pages(pages, nr);
		break;
	}
}

long bench_ioctl(unsigned int cmd, unsigned long addr, int nr,
		 struct page **pages)
{
	int got;

	switch (cmd) {
	case BENCH_GET:
		got = get_user_pages_fast(addr, nr, 0, pages);
		break;
	case BENCH_PIN:
		got = pin_user_pages_fast(addr, nr, 0, pages);
		break;
	case BENCH_PIN_LONG:
		got = pin_user_pages_fast(addr, nr, FOLL_LONGTERM, pages);
		break;
	default:
		return -22;
	}
	if (got > 0)
		bench_put_back(cmd, pages, got);
	return got;
}
/*
 * check-name: pinned by one command, put by the helper's case for it
 *
 * check-error-start
guard-switch-warn.c:21:33: warning: put_page() in bench_put_back() releases a page that may be pinned by pin_user_pages_fast() at line 42 in bench_ioctl(), passed to bench_put_back() at line 48 in bench_ioctl() (or got by get_user_pages_fast() at line 36 in bench_ioctl()); use unpin_user_page() for the pinned ones [pincheck-wrong-release]
 * check-error-end
 */
