// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

#define RQ_MAX_VECS	16

struct my_rq {
	int nr_vecs;
	struct bio_vec vecs[RQ_MAX_VECS];
};

int rq_submit(struct my_rq *rq);

/* Pages pinned into a scratch array, then described by bio_vecs. */
int rq_map_user(struct my_rq *rq, unsigned long uaddr, int nr)
{
	struct page *pages[RQ_MAX_VECS];
	struct bio_vec *bvec = rq->vecs;
	int pinned, i;

	if (nr > RQ_MAX_VECS)
		return -ENOMEM;
	pinned = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (pinned <= 0)
		return -EFAULT;
	for (i = 0; i < pinned; i++) {
		bvec[i].bv_page = pages[i];
		bvec[i].bv_len = PAGE_SIZE;
		bvec[i].bv_offset = 0;
	}
	rq->nr_vecs = pinned;
	return rq_submit(rq);
}

void rq_complete(struct my_rq *rq)
{
	struct bio_vec *bvec = rq->vecs;
	int i;

	for (i = 0; i < rq->nr_vecs; i++)
		put_page(bvec[i].bv_page);
}
/*
 * check-name: pinned pages described by bvec[i].bv_page, released with put_page()
 *
 * check-error-start
shape-bvec-page-warn.c:40:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 22 in rq_map_user(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
