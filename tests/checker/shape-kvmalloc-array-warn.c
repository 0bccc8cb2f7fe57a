// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct umem_region {
	unsigned long start;
	int npages;
};

int umem_program_mtt(struct umem_region *r, struct page **pages, int nr);

int umem_register(struct umem_region *r)
{
	struct page **pages;
	int pinned, ret;

	pages = kvmalloc_array(r->npages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(r->start, r->npages,
				     FOLL_WRITE | FOLL_LONGTERM, pages);
	if (pinned != r->npages) {
		ret = -EFAULT;
		goto out_release;
	}
	ret = umem_program_mtt(r, pages, pinned);
out_release:
	if (pinned > 0)
		release_pages(pages, pinned);
	kvfree(pages);
	return ret;
}
/*
 * check-name: pinned pages in a kvmalloc_array() array released with release_pages()
 *
 * check-error-start
shape-kvmalloc-array-warn.c:28:30: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 19; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
