// SPDX-License-Identifier: GPL-2.0
/* The library's release helper, converted to FOLL_PIN: unpins. */
#include "xbuf.h"

void xbuf_release(struct page **pages, int nr)
{
	unpin_user_pages(pages, nr);
}
