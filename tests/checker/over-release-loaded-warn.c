// SPDX-License-Identifier: GPL-2.0
/*
 * bio-integrity style: the pages array lives in a variable whose address
 * the extraction takes, so each pages[i] is loaded anew; after a short
 * extraction, each page is unpinned twice.
 */
#include "pincheck-kernel.h"

void kvfree(const void *addr);

int xbip_map_user(struct iov_iter *iter, size_t bytes)
{
	struct page *stack_pages[8], **pages = stack_pages;
	size_t offset;
	ssize_t ret;
	int i;

	ret = iov_iter_extract_pages(iter, &pages, bytes, 8, 0, &offset);
	if (ret < 0)
		return ret;
	if (user_backed_iter(iter) && ret != bytes) {
		for (i = 0; i < 8; i++) {
			unpin_user_page(pages[i]);
			unpin_user_page(pages[i]);
		}
		if (pages != stack_pages)
			kvfree(pages);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: each page of an extraction into a variable's array unpinned twice
 *
 * check-error-start
over-release-loaded-warn.c:24:40: warning: unpin_user_page() releases a page extracted by iov_iter_extract_pages() at line 18 that unpin_user_page() at line 23 already released [pincheck-over-release]
 * check-error-end
 */
