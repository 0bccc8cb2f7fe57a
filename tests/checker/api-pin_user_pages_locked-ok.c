// SPDX-License-Identifier: GPL-2.0
/*
 * 5.x code: a video driver pins a userptr buffer with
 * pin_user_pages_locked() and unpins it with unpin_user_pages().
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
		unpin_user_pages(vb->pages, vb->nr);
		kfree(vb->pages);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: pin_user_pages_locked() pages released with unpin_user_pages()
 */
