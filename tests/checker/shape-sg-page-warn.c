// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct crypt_req {
	int nents;
	struct scatterlist *sgl;
};

int crypt_queue(struct crypt_req *req);

int crypt_map_user(struct crypt_req *req, unsigned long uaddr,
		   struct page **pages, int nr)
{
	int pinned, i;

	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	for (i = 0; i < pinned; i++)
		sg_set_page(&req->sgl[i], pages[i], PAGE_SIZE, 0);
	req->nents = pinned;
	return crypt_queue(req);
}

void crypt_unmap_user(struct crypt_req *req)
{
	int i;

	for (i = 0; i < req->nents; i++)
		put_page(sg_page(&req->sgl[i]));
}
/*
 * check-name: pinned pages in a scatterlist, released with put_page(sg_page())
 *
 * check-error-start
shape-sg-page-warn.c:30:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 16 in crypt_map_user(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
