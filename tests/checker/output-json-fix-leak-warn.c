// SPDX-License-Identifier: GPL-2.0
/*
 * The fix of a pin-leak: the unpin, inserted before the exit that leaks,
 * and before the free of the array on the way there, with the array the
 * pin was given and the variable its count is in.  A single page taken
 * by its address is unpinned by name.  A goto to an exit that other
 * paths share gets the unpin before it.  An exit that other paths reach
 * otherwise gets no fix: they would unpin too; nor does one that is the
 * body of a braceless if: one line inserted would not be under it.  The
 * release goes above the frees of the array, not above another use.
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

int printk(const char *fmt, ...);

int frame_capture_told(unsigned long uaddr, int nr, struct page **pages)
{
	void *hdr;
	int pinned, ret;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	hdr = kmalloc(64, GFP_KERNEL);
	if (!hdr) {
		printk("no header for %p\n", pages[0]);
		return -ENOMEM;
	}
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
{"file":"output-json-fix-leak-warn.c","line":34,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"pages pinned by pin_user_pages_fast() at line 26 leak here when the step at line 32 fails; unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":26,"function":"frame_capture"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":32},"cure":"unpin_user_pages","fix":{"file":"output-json-fix-leak-warn.c","line":33,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_pages(pages, pinned);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":53,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 49 leaks here when the step at line 52 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":49,"function":"frame_capture_one"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":52},"cure":"unpin_user_page","fix":{"file":"output-json-fix-leak-warn.c","line":53,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_page(page);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":78,"column":16,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 67 leaks here when the step at line 70 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":67,"function":"frame_capture_goto"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":70},"cure":"unpin_user_page","fix":{"file":"output-json-fix-leak-warn.c","line":72,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_page(page);\u000a"}}
{"file":"output-json-fix-leak-warn.c","line":97,"column":16,"severity":"warning","check":"pincheck-pin-leak","message":"the page pinned by pin_user_pages_fast() at line 87 leaks here when the step at line 90 fails; unpin it first with unpin_user_page()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":87,"function":"frame_capture_shared"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":90},"cure":"unpin_user_page"}
{"file":"output-json-fix-leak-warn.c","line":110,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"pages pinned by pin_user_pages_fast() at line 105 leak here when the step at line 109 fails; unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":105,"function":"frame_capture_bare"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":109},"cure":"unpin_user_pages"}
{"file":"output-json-fix-leak-warn.c","line":130,"column":24,"severity":"warning","check":"pincheck-pin-leak","message":"pages pinned by pin_user_pages_fast() at line 124 leak here when the step at line 128 fails; unpin them first with unpin_user_pages()","acquisition":{"call":"pin_user_pages_fast","family":"pin","file":"output-json-fix-leak-warn.c","line":124,"function":"frame_capture_told"},"failed_step":{"file":"output-json-fix-leak-warn.c","line":128},"cure":"unpin_user_pages","fix":{"file":"output-json-fix-leak-warn.c","line":130,"column":1,"end_column":1,"text":"\u0009\u0009unpin_user_pages(pages, pinned);\u000a"}}
 * check-output-end
 */
