// SPDX-License-Identifier: GPL-2.0
/*
 * User memory is pinned, kernel memory is got, by a flag; the error
 * ladder tests the flag again and releases each its own way.  When the
 * registration fails, the user pages are left pinned: the unpin is
 * missing under the flag.  pincheck misses it: the pages are in the
 * caller's structure and the function unpins them only on its short
 * path, so the caller may own them: the exit is not judged.
 */
#include "pincheck-kernel.h"

#define SHM_USER	1

struct shm {
	struct page **pages;
	int num_pages;
};

int shm_get_kernel_pages(unsigned long start, int n, struct page **pages);
void shm_put_kernel_pages(struct page **pages, int n);
int shm_register(struct shm *shm);

int shm_setup(struct shm *shm, unsigned long start, int n, int flags)
{
	int rc;

	if (flags & SHM_USER)
		rc = pin_user_pages_fast(start, n, FOLL_WRITE, shm->pages);
	else
		rc = shm_get_kernel_pages(start, n, shm->pages);
	if (rc != n) {
		if (rc > 0 && (flags & SHM_USER))
			unpin_user_pages(shm->pages, rc);
		else if (rc > 0)
			shm_put_kernel_pages(shm->pages, rc);
		return -ENOMEM;
	}
	rc = shm_register(shm);
	if (rc)
		goto err_put;
	shm->num_pages = n;
	return 0;

err_put:
	if (!(flags & SHM_USER))
		shm_put_kernel_pages(shm->pages, n);
	return rc;
}

/*
 * check-name: a release of the other branch of the pin's own test
 * check-known-to-fail
 *
 * check-error-start
leak-flag-alternative-warn.c:47:16: warning: pages pinned by pin_user_pages_fast() at line 28 leak here when the step at line 39 fails; unpin them first with unpin_user_pages() [pincheck-pin-leak]
 * check-error-end
 */
