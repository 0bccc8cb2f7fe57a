// SPDX-License-Identifier: GPL-2.0
/*
 * A GPU driver's userptr object takes its pages with get_user_pages()
 * (FOLL_GET) but frees them with unpin_user_pages().
 */
#include "pincheck-kernel.h"

struct gpu_userptr {
	struct page **pvec;
	long npages;
};

int gpu_bind_pages(struct gpu_userptr *obj);

static int gpu_userptr_get_pages(struct gpu_userptr *obj, unsigned long start,
				 unsigned long npages)
{
	long pinned;

	obj->pvec = kvmalloc_array(npages, sizeof(struct page *), GFP_KERNEL);
	if (!obj->pvec)
		return -ENOMEM;

	pinned = get_user_pages(start, npages, FOLL_WRITE, obj->pvec, NULL);
	if (pinned < 0)
		goto err_free;
	if (pinned < npages || gpu_bind_pages(obj)) {
		unpin_user_pages(obj->pvec, pinned);
		goto err_free;
	}
	obj->npages = pinned;
	return 0;

err_free:
	kvfree(obj->pvec);
	obj->pvec = NULL;
	return -EFAULT;
}

/*
 * check-name: unpin_user_pages() releases get_user_pages() pages
 *
 * check-error-start
api-unpin_user_pages-warn.c:28:33: warning: unpin_user_pages() releases pages got by get_user_pages() at line 24, which hold no pin; use release_pages() [pincheck-wrong-release]
 * check-error-end
 */
