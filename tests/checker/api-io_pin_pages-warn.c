// SPDX-License-Identifier: GPL-2.0
/*
 * io_uring's own pinning helper, io_pin_pages() (io_uring/memmap.c; in
 * io_uring/rsrc.c before 6.10), returns the array it pinned: the area
 * keeps it in a member, and both the error path and the release of the
 * area drop the pins with release_pages() (io_uring/zcrx.c's shape).
 */
#include "pincheck-kernel.h"

/* io_uring/memmap.h */
struct page **io_pin_pages(unsigned long uaddr, unsigned long len,
			   int *npages);

struct zcrx_mem {
	struct page **pages;
	int nr_folios;
};

int account_pages(struct page **pages, int nr);

int import_area(struct zcrx_mem *mem, unsigned long addr, unsigned long len)
{
	struct page **pages;
	int nr_pages, ret;

	pages = io_pin_pages(addr, len, &nr_pages);
	if (IS_ERR(pages))
		return PTR_ERR(pages);
	ret = account_pages(pages, nr_pages);
	if (ret < 0)
		goto out_err;
	mem->pages = pages;
	mem->nr_folios = nr_pages;
	return 0;
out_err:
	release_pages(pages, nr_pages);
	kvfree(pages);
	return ret;
}

void release_area(struct zcrx_mem *mem)
{
	if (mem->pages) {
		release_pages(mem->pages, mem->nr_folios);
		kvfree(mem->pages);
	}
	mem->pages = NULL;
}
/*
 * check-name: io_pin_pages() released with release_pages()
 *
 * check-error-start
api-io_pin_pages-warn.c:36:22: warning: release_pages() releases pages pinned by io_pin_pages() at line 26; use unpin_user_pages() [pincheck-wrong-release]
api-io_pin_pages-warn.c:44:30: warning: release_pages() releases pages pinned by io_pin_pages() at line 26 in import_area(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
