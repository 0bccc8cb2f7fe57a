// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned only when a flag bit is set, but the release tests
 * another bit: the put_page() branch can see pinned pages.
 */
#include "pincheck-kernel.h"

#define SHM_USER_MAPPED	0x4
#define SHM_DMABUF	0x8

struct shm {
	unsigned int flags;
	struct page **pages;
	int nr;
};

int kernel_pages_get(unsigned long start, int nr, struct page **pages);

static void shm_put_kernel_pages(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

static void shm_release_pages(struct shm *shm)
{
	if (shm->flags & SHM_DMABUF)
		unpin_user_pages(shm->pages, shm->nr);
	else
		shm_put_kernel_pages(shm->pages, shm->nr);
}

int shm_register(struct shm *shm, unsigned long start, int nr,
		 unsigned int flags)
{
	int rc;

	shm->flags = flags;
	shm->pages = kcalloc(nr, sizeof(*shm->pages), GFP_KERNEL);
	if (!shm->pages)
		return -ENOMEM;
	if (flags & SHM_USER_MAPPED)
		rc = pin_user_pages_fast(start, nr, FOLL_WRITE, shm->pages);
	else
		rc = kernel_pages_get(start, nr, shm->pages);
	if (rc != nr) {
		shm->nr = rc > 0 ? rc : 0;
		shm_release_pages(shm);
		return -EFAULT;
	}
	shm->nr = nr;
	return 0;
}
/*
 * check-name: pinned under a flag bit, put under another bit
 *
 * check-error-start
guard-bit-warn.c:24:25: warning: put_page() in shm_put_kernel_pages() releases a page pinned by pin_user_pages_fast() at line 45 in shm_register(), passed to shm_put_kernel_pages() at line 32 in shm_release_pages(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
