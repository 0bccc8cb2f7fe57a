// SPDX-License-Identifier: GPL-2.0
/*
 * A file that implements the gup calls (mm/gup.c's shape) calls its own
 * get_user_pages_unlocked() with FOLL_PIN in the flags, and undoes with
 * the release the flags choose, which is right; but the model still holds
 * for the calls it only makes:
 * pin_user_pages_fast() pages dropped with release_pages() are reported.
 */
#include "pincheck-kernel.h"

long __gup_walk(unsigned long start, unsigned long nr_pages,
		struct page **pages, unsigned int gup_flags);

long get_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags)
{
	return __gup_walk(start, nr_pages, pages, gup_flags);
}

static void gup_undo(struct page **pages, long nr, unsigned int gup_flags)
{
	if (gup_flags & FOLL_PIN)
		unpin_user_pages(pages, nr);
	else
		release_pages(pages, nr);
}

long pin_user_pages_unlocked(unsigned long start, unsigned long nr_pages,
			     struct page **pages, unsigned int gup_flags)
{
	long got;

	gup_flags |= FOLL_PIN;
	got = get_user_pages_unlocked(start, nr_pages, pages, gup_flags);
	if (got > 0 && got < nr_pages) {
		gup_undo(pages, got, gup_flags);
		return -EFAULT;
	}
	return got;
}

long pin_and_drop(unsigned long start, struct page **pages)
{
	long got = pin_user_pages_fast(start, 2, FOLL_WRITE, pages);

	if (got == 1)
		release_pages(pages, got);
	return got;
}

/*
 * check-name: a gup-implementing file still has its callers checked
 *
 * check-error-start
model-implemented-here-warn.c:47:30: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 44; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
