// SPDX-License-Identifier: GPL-2.0
/*
 * A sound driver's user-buffer DMA: pin_user_pages_fast() takes the pages,
 * the scatterlist is built from them, and teardown walks the scatterlist
 * with put_page().  Only the acquisition was converted to FOLL_PIN.
 */
#include "pincheck-kernel.h"

#define SND_MAX_PAGES	64

struct snd_ubuf {
	struct scatterlist sg[SND_MAX_PAGES];
	struct page *pages[SND_MAX_PAGES];
	int nents;
};

static void snd_ubuf_free(struct snd_ubuf *ub)
{
	int i;

	for (i = 0; i < ub->nents; i++)
		put_page(ub->pages[i]);
	ub->nents = 0;
}

static int snd_ubuf_map(struct snd_ubuf *ub, unsigned long uaddr, int nr)
{
	int got, i;

	if (nr > SND_MAX_PAGES)
		return -EFAULT;

	got = pin_user_pages_fast(uaddr, nr, 0, ub->pages);
	if (got < 0)
		return got;
	ub->nents = got;
	if (got != nr) {
		snd_ubuf_free(ub);
		return -EFAULT;
	}
	for (i = 0; i < got; i++)
		sg_set_page(&ub->sg[i], ub->pages[i], PAGE_SIZE, 0);
	return 0;
}

/*
 * check-name: put_page() releases pin_user_pages_fast() pages
 *
 * check-error-start
api-put_page-warn.c:22:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 33 in snd_ubuf_map(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
