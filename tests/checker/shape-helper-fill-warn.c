// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct cam_buf {
	unsigned long uaddr;
	int nr_pages;
	struct page **pages;
};

int cam_dma_setup(struct cam_buf *buf);

static int cam_pin_buffer(unsigned long uaddr, int nr, struct page **pages)
{
	int pinned;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM,
				     pages);
	if (pinned == nr)
		return 0;
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	return -EFAULT;
}

int cam_queue_buffer(struct cam_buf *buf)
{
	struct page **pages;
	int ret;

	pages = kcalloc(buf->nr_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	ret = cam_pin_buffer(buf->uaddr, buf->nr_pages, pages);
	if (ret)
		goto out_free;
	buf->pages = pages;
	ret = cam_dma_setup(buf);
	if (!ret)
		return 0;
	release_pages(pages, buf->nr_pages);
out_free:
	kfree(pages);
	return ret;
}
/*
 * check-name: static helper pins into its array parameter, the caller release_pages()
 *
 * check-error-start
shape-helper-fill-warn.c:40:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 16 in cam_pin_buffer(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
