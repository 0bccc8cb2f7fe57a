// SPDX-License-Identifier: GPL-2.0
/*
 * A dma-buf importer pins the folios of a memfd range with
 * memfd_pin_folios() and, when attaching fails, unpins them one by one
 * with unpin_folio().
 */
#include "pincheck-kernel.h"

#define IMP_MAX_FOLIOS	8

struct imp_buf {
	struct folio *folios[IMP_MAX_FOLIOS];
	long nr;
};

int imp_buf_attach(struct imp_buf *ib);

static int imp_buf_get(struct imp_buf *ib, void *memfd, long start, long end)
{
	long offset, i;

	ib->nr = memfd_pin_folios(memfd, start, end, ib->folios,
				  IMP_MAX_FOLIOS, &offset);
	if (ib->nr <= 0)
		return -EFAULT;

	if (imp_buf_attach(ib)) {
		for (i = 0; i < ib->nr; i++)
			unpin_folio(ib->folios[i]);
		ib->nr = 0;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: unpin_folio() releases memfd_pin_folios() folios
 */
