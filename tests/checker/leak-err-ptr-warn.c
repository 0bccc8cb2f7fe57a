// SPDX-License-Identifier: GPL-2.0
/*
 * A function that returns a pointer leaves by "return ERR_PTR(ret);",
 * whose return is the inlined ERR_PTR()'s, in a header.  The allocation
 * failing after the pin jumps past the unpin: reported at that line of
 * this file.
 */
#include "pincheck-kernel.h"

struct frame {
	struct page **pages;
	int nr;
};

int frame_fill(struct frame *f, struct page **pages, int nr);

struct frame *frame_get(unsigned long uaddr, int nr)
{
	struct page **pages;
	struct frame *f;
	int got, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0) {
		ret = -EFAULT;
		goto free_pages;
	}
	f = kmalloc(sizeof(*f), GFP_KERNEL);
	if (!f) {
		ret = -ENOMEM;
		goto free_pages;
	}
	ret = frame_fill(f, pages, got);
	if (ret)
		goto unpin;
	return f;

unpin:
	kfree(f);
	unpin_user_pages(pages, got);
free_pages:
	kvfree(pages);
	return ERR_PTR(ret);
}

/*
 * check-name: an error pointer returned past the unpin, reported in the file
 *
 * check-error-start
leak-err-ptr-warn.c:46:23: warning: pages pinned by pin_user_pages_fast() at line 26 leak here when the step at line 32 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
