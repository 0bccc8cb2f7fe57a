// SPDX-License-Identifier: GPL-2.0
/*
 * --stats after the file: one acquisition followed, its failed step
 * (the allocation) leaking on one side, with an error returned; the
 * releases judged.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);
int frame_fill(void *hdr, struct page **pages, int nr);

static int frame_capture(unsigned long uaddr, int nr)
{
	struct page **pages;
	void *hdr;
	int pinned, ret;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0) {
		kvfree(pages);
		return -EFAULT;
	}
	hdr = kmalloc(64, GFP_KERNEL);
	if (!hdr) {
		kvfree(pages);
		return -ENOMEM;
	}
	ret = frame_fill(hdr, pages, pinned);
	kfree(hdr);
	unpin_user_pages(pages, pinned);
	kvfree(pages);
	return ret;
}

/*
 * check-name: --stats counts what the checks judged and left alone
 * check-command: pincheck --stats $file
 *
 * check-error-start
stats-leak.c:29:24: warning: pages pinned by pin_user_pages_fast() at line 21 leak here when the step at line 27 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
stats-leak.c: pincheck stats: releases=1 releases-undecided-callers=0 releases-undecided-shared=0 pins=1 pins-undecided-unreleased=0 pins-undecided-large=0 steps=1 exits-leak=1 exits-undecided-value=0 exits-undecided-owner=0 exits-undecided-given=0 tests-undecided=0 counts=1 counts-asked=0 counts-unsigned=0
 * check-error-end
 */
