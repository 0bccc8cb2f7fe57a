// SPDX-License-Identifier: GPL-2.0
/*
 * A bvec-backed request pins each of its pages with pin_page() (the seed
 * series' call for non-user pages) and drops them with put_page().
 */
#include "pincheck-kernel.h"

struct blk_req {
	struct bio_vec *bvec;
	int nr_bvec;
};

int blk_req_issue(struct blk_req *rq);

static int blk_req_send(struct blk_req *rq)
{
	struct page *page;
	int i, err;

	for (i = 0; i < rq->nr_bvec; i++) {
		page = rq->bvec[i].bv_page;
		pin_page(page);
	}

	err = blk_req_issue(rq);

	for (i = 0; i < rq->nr_bvec; i++) {
		page = rq->bvec[i].bv_page;
		put_page(page);
	}
	return err;
}

/*
 * check-name: pin_page() page released with put_page()
 *
 * check-error-start
api-pin_page-warn.c:29:25: warning: put_page() releases a page pinned by pin_page() at line 22; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
