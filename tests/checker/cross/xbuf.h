/* SPDX-License-Identifier: GPL-2.0 */
/* A driver library shared by the cross-file fixtures (tests/checker/db-*). */
#include "pincheck-kernel.h"

struct xbuf {
	struct page **pages;
	int nr;
};

int xbuf_pin(unsigned long uaddr, int nr, struct page **pages);
int xbuf_get(unsigned long uaddr, int nr, struct page **pages);
void xbuf_release(struct page **pages, int nr);
void xbuf_fill(struct xbuf *xb, unsigned long uaddr, int nr);
struct page **xbuf_pin_alloc(unsigned long uaddr, int nr);
