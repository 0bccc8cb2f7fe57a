// SPDX-License-Identifier: GPL-2.0
/*
 * The fix of a pin-leak: the unpin, inserted before the exit that leaks,
 * and before the free of the array on the way there, with the array the
 * pin was given and the variable its count is in.  A single page taken
 * by its address is unpinned by name.  A goto to an exit that other
 * paths share gets the unpin before it.  An exit that other paths reach
 * otherwise gets no fix: they would unpin too; nor does one that is the
 * body of a braceless if: one line inserted would not be under it.
 */
#include "pincheck-kernel.h"

int frame_fill(void *hdr, struct page **pages, int nr);
int frame_map(struct page *page);

int frame_capture(unsigned long uaddr, int nr)
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

int frame_capture_one(unsigned long uaddr)
{
	struct page *page;
	void *hdr;
	int ret;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	hdr = kmalloc(16, GFP_KERNEL);
	if (!hdr) {
		return -ENOMEM;
	}
	ret = frame_map(page);
	kfree(hdr);
	unpin_user_page(page);
	return ret;
}

int frame_capture_goto(unsigned long uaddr)
{
	struct page *page;
	void *hdr;
	int ret;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	hdr = kmalloc(16, GFP_KERNEL);
	if (!hdr) {
		ret = -ENOMEM;
		goto out;
	}
	ret = frame_map(page);
	kfree(hdr);
	unpin_user_page(page);
out:
	return ret;
}

int frame_capture_shared(unsigned long uaddr)
{
	struct page *page;
	void *hdr;
	int ret;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	hdr = kmalloc(16, GFP_KERNEL);
	if (hdr) {
		ret = frame_map(page);
		kfree(hdr);
		unpin_user_page(page);
	} else {
		ret = -ENOMEM;
	}
	return ret;
}

int frame_capture_bare(unsigned long uaddr, int nr, struct page **pages)
{
	void *hdr;
	int pinned, ret;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	hdr = kmalloc(64, GFP_KERNEL);
	if (!hdr)
		return -ENOMEM;
	ret = frame_fill(hdr, pages, pinned);
	kfree(hdr);
	unpin_user_pages(pages, pinned);
	return ret;
}

/*
 * check-name: a leak's fix inserts the unpin before the exit
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"output-json-fix-leak-warn.c","line":33,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"pages pinned by pin_user_pages_fast() at line 25 leak here when the step at line 31 fails; unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":25,"function":"frame_capture"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":31},"cure":"unpin_user_pages","fix":{"file":"output-json-fix-leak-warn.c","line":32,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_pages(pages, pinned);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":52,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 48 leaks here when the step at line 51 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":48,"function":"frame_capture_one"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":51},"cure":"unpin_user_page","fix":{"file":"output-json-fix-leak-warn.c","line":52,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_page(page);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":77,"column":16,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 66 leaks here when the step at line 69 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":66,"function":"frame_capture_goto"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":69},"cure":"unpin_user_page","fix":{"file":"output-json-fix-leak-warn.c","line":71,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_page(page);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":96,"column":16,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 86 leaks here when the step at line 89 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":86,"function":"frame_capture_shared"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":89},"cure":"unpin_user_page"}
{"file":"output-json-fix-leak-warn.c","line":109,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"pages pinned by pin_user_pages_fast() at line 104 leak here when the step at line 108 fails; unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":104,"function":"frame_capture_bare"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":108},"cure":"unpin_user_pages"}
 * check-output-end
 */
