// SPDX-License-Identifier: GPL-2.0
/*
 * A function that returns a pointer leaves by "return ERR_PTR(ret);",
 * whose return is the inlined ERR_PTR()'s, in a header.  Every error
 * after the pin goes through the unpin.
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
		goto unpin;
	}
	ret = frame_fill(f, pages, got);
	if (ret)
		goto free_frame;
	return f;

free_frame:
	kfree(f);
unpin:
	unpin_user_pages(pages, got);
free_pages:
	kvfree(pages);
	return ERR_PTR(ret);
}

/*
 * check-name: an error pointer returned after the unpin
 */
