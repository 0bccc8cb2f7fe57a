// SPDX-License-Identifier: GPL-2.0
/*
 * Pages pinned while a member was NULL, the member then set, and the
 * release made while it is set (the shape of vduse's umem): tests of
 * memory at two different times do not contradict, the put is reported.
 */
#include "pincheck-kernel.h"

struct umem {
	struct page **pages;
	int npages;
};

struct vdev {
	struct umem *umem;
};

int vdev_reg_umem(struct vdev *dev, unsigned long uaddr, int npages)
{
	struct umem *umem;

	if (dev->umem)
		return -16;
	umem = kcalloc(1, sizeof(*umem), GFP_KERNEL);
	if (!umem)
		return -ENOMEM;
	umem->pages = kvmalloc_array(npages, sizeof(struct page *), GFP_KERNEL);
	umem->npages = pin_user_pages(uaddr, npages, FOLL_WRITE | FOLL_LONGTERM,
				      umem->pages, NULL);
	dev->umem = umem;
	return 0;
}

int vdev_dereg_umem(struct vdev *dev)
{
	if (!dev->umem)
		return -2;
	release_pages(dev->umem->pages, dev->umem->npages);
	kvfree(dev->umem->pages);
	kfree(dev->umem);
	dev->umem = NULL;
	return 0;
}
/*
 * check-name: tests of a member at two times are not guards
 *
 * check-error-start
guard-member-changes-warn.c:38:22: warning: release_pages() releases pages pinned by pin_user_pages() at line 28 in vdev_reg_umem(); use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
