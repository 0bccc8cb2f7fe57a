// SPDX-License-Identifier: GPL-2.0
/* The library's release helper, written for FOLL_GET pages: puts. */
#include "xbuf.h"

void xbuf_release(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}
