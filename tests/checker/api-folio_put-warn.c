// SPDX-License-Identifier: GPL-2.0
/*
 * A user-mapped doorbell page is pinned with pin_user_pages_fast(); the
 * driver keeps its folio and, on teardown, lets it go with folio_put().
 */
#include "pincheck-kernel.h"

struct doorbell {
	struct folio *folio;
	void *vaddr;
};

void *folio_map(struct folio *folio);
void folio_unmap(void *vaddr);

static int doorbell_setup(struct doorbell *db, unsigned long uaddr)
{
	struct page *page;

	if (pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM,
				&page) != 1)
		return -EFAULT;
	db->folio = page_folio(page);
	db->vaddr = folio_map(db->folio);
	if (!db->vaddr) {
		folio_put(db->folio);
		db->folio = NULL;
		return -ENOMEM;
	}
	return 0;
}

/*
 * check-name: folio_put() releases the folio of a pin_user_pages_fast() page
 *
 * check-error-start
api-folio_put-warn.c:26:26: warning: folio_put() releases a page pinned by pin_user_pages_fast() at line 20; use unpin_folio() [pincheck-wrong-release]
 * check-error-end
 */
