// SPDX-License-Identifier: GPL-2.0
/*
 * A readahead-style batch collects the folios of pages got with
 * get_user_pages_fast() (FOLL_GET) and releases them with folios_put().
 */
#include "pincheck-kernel.h"

#define BATCH_MAX	15

struct folio_batch_ex {
	struct folio *folios[BATCH_MAX];
	unsigned int nr;
};

int batch_process(struct folio_batch_ex *fb);

static int batch_user_range(struct folio_batch_ex *fb, struct page **pages,
			    unsigned long uaddr, int nr)
{
	int got, i, err;

	if (nr > BATCH_MAX)
		nr = BATCH_MAX;

	got = get_user_pages_fast(uaddr, nr, 0, pages);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++)
		fb->folios[i] = page_folio(pages[i]);
	fb->nr = got;

	err = batch_process(fb);
	folios_put(fb->folios, fb->nr);
	fb->nr = 0;
	return err;
}

/*
 * check-name: folios_put() releases folios of get_user_pages_fast() pages
 */
