// SPDX-License-Identifier: GPL-2.0
/*
 * 5.x code: a video driver pins a userptr buffer with
 * pin_user_pages_locked() and frees it with release_pages().
 */
#include "pincheck-kernel.h"

struct vb_userptr {
	struct page **pages;
	long nr;
};

static long vb_userptr_get(struct vb_userptr *vb, unsigned long uaddr,
			   unsigned long nr)
{
	int locked = 1;

	vb->pages = kcalloc(nr, sizeof(struct page *), GFP_KERNEL);
	if (!vb->pages)
		return -ENOMEM;

	vb->nr = pin_user_pages_locked(uaddr, nr, FOLL_WRITE | FOLL_LONGTERM,
				       vb->pages, &locked);
	if (vb->nr < 0) {
		kfree(vb->pages);
		return vb->nr;
	}
	if (vb->nr != nr) {
		release_pages(vb->pages, vb->nr);
		kfree(vb->pages);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: pin_user_pages_locked() pages released with release_pages()
 *
 * check-error-start
api-pin_user_pages_locked-warn.c:29:30: warning: release_pages() releases pages pinned by pin_user_pages_locked() at line 22; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
