// SPDX-License-Identifier: GPL-2.0
/*
 * A dma-buf importer takes one user page with get_user_pages_fast()
 * (FOLL_GET), keeps its folio, and lets the folio go with unpin_folio().
 */
#include "pincheck-kernel.h"

struct imp_buf {
	struct folio *folio;
};

int imp_buf_attach(struct imp_buf *ib);

static int imp_buf_get(struct imp_buf *ib, unsigned long uaddr)
{
	struct page *page;

	if (get_user_pages_fast(uaddr, 1, FOLL_WRITE, &page) != 1)
		return -EFAULT;
	ib->folio = page_folio(page);

	if (imp_buf_attach(ib)) {
		unpin_folio(ib->folio);
		ib->folio = NULL;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_folio() releases the folio of a get_user_pages_fast() page
 *
 * check-error-start
api-unpin_folio-warn.c:23:28: warning: unpin_folio() releases a page got by get_user_pages_fast() at line 18, which holds no pin; use folio_put() [pincheck-wrong-release]
 * check-error-end
 */
