// SPDX-License-Identifier: GPL-2.0
/*
 * A direct I/O path pins user pages into the free end of a bio's bvec
 * array, adds them to the bio through an exported helper, and its
 * completion walks the bvecs folio by folio, through an iterator struct,
 * dropping each folio's references with folio_put_refs(): the pins leak
 * (block/bio.c's shape when only its acquisition is converted to FOLL_PIN).
 */
#include "pincheck-kernel.h"

/* a bvec may cover several folios: the walk keeps the bytes left of it */
struct folio_walk {
	struct folio *folio;
	size_t offset;
	size_t length;
	size_t seg_left;
	int idx;
	struct folio *next;
};

static inline void walk_first(struct folio_walk *w, struct bio *bio, int i)
{
	struct bio_vec *bv = bio->bi_io_vec + i;

	if (i >= bio->bi_vcnt) {
		w->folio = NULL;
		return;
	}
	w->folio = page_folio(bv->bv_page);
	w->offset = bv->bv_offset;
	w->length = bv->bv_len < PAGE_SIZE ? bv->bv_len : PAGE_SIZE;
	w->seg_left = bv->bv_len;
	w->idx = i;
	w->next = (struct folio *)((struct page *)w->folio + 1);
}

static inline void walk_next(struct folio_walk *w, struct bio *bio)
{
	w->seg_left -= w->length;
	if (w->seg_left) {
		w->folio = w->next;
		w->offset = 0;
		w->length = w->seg_left < PAGE_SIZE ? w->seg_left : PAGE_SIZE;
		w->next = (struct folio *)((struct page *)w->folio + 1);
	} else {
		walk_first(w, bio, w->idx + 1);
	}
}

#define for_each_bio_folio(w, bio) \
	for (walk_first(&w, bio, 0); w.folio; walk_next(&w, bio))

static inline void bv_set(struct bio_vec *bv, struct page *page,
			  unsigned int len, unsigned int off)
{
	bv->bv_page = page;
	bv->bv_len = len;
	bv->bv_offset = off;
}

void req_add_page(struct bio *bio, struct page *page, unsigned int len,
		  unsigned int off)
{
	bv_set(&bio->bi_io_vec[bio->bi_vcnt], page, len, off);
	bio->bi_vcnt++;
}

static int req_add(struct bio *bio, struct page *page, unsigned int len)
{
	req_add_page(bio, page, len, 0);
	return 0;
}

static int req_map_user(struct bio *bio, unsigned long uaddr, int nr)
{
	struct bio_vec *bv = bio->bi_io_vec + bio->bi_vcnt;
	struct page **pages = (struct page **)bv;
	int i, got;

	pages += nr;
	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++) {
		struct page *page = pages[i];

		req_add(bio, page, PAGE_SIZE);
	}
	return 0;
}

static void req_complete(struct bio *bio)
{
	struct folio_walk w;

	for_each_bio_folio(w, bio)
		folio_put_refs(w.folio, (w.offset + w.length - 1) / PAGE_SIZE + 1);
}

/*
 * check-name: bvec pages walked folio by folio and put: pinned pages leak
 *
 * check-error-start
shape-bvec-folio-walk-warn.c:97:31: warning: folio_put_refs() releases a page pinned by pin_user_pages_fast() at line 81 in req_map_user(); use unpin_user_page_range_dirty_lock() [pincheck-wrong-release]
 * check-error-end
 */
