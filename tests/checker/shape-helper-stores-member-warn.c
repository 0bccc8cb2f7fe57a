// SPDX-License-Identifier: GPL-2.0
/*
 * Pinned pages handed one by one to a helper that records each in a
 * packet's fragment list (the shape of qib_user_sdma.c); the packet is
 * freed by another function, which releases the fragments' pages.
 */
#include "pincheck-kernel.h"

struct frag {
	struct page *page;
	unsigned int offset, len;
};

struct pkt {
	int nfrags;
	struct frag frags[16];
};

static void pkt_add_frag(struct pkt *pkt, struct page *page,
			 unsigned int offset, unsigned int len)
{
	struct frag *f = &pkt->frags[pkt->nfrags++];

	f->page = page;
	f->offset = offset;
	f->len = len;
}

static int pkt_pin_user(struct pkt *pkt, unsigned long addr, int nr)
{
	struct page *pages[16];
	int i, got;

	got = pin_user_pages_fast(addr, nr, 0, pages);
	for (i = 0; i < got; i++)
		pkt_add_frag(pkt, pages[i], 0, PAGE_SIZE);
	return got;
}

void pkt_free(struct pkt *pkt)
{
	int i;

	for (i = 0; i < pkt->nfrags; i++)
		put_page(pkt->frags[i].page);
}

int pkt_build(struct pkt *pkt, unsigned long addr, int nr)
{
	return pkt_pin_user(pkt, addr, nr);
}
/*
 * check-name: a helper stores pinned pages in a struct member
 *
 * check-error-start
shape-helper-stores-member-warn.c:45:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 34 in pkt_pin_user(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
