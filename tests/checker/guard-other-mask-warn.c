// SPDX-License-Identifier: GPL-2.0
/*
 * Two strong bit tests of different subjects and different masks are two
 * conditions, not one: the device's feature bit set and the request's
 * unknown flags clear hold together, and the pin and its wrong release
 * both run under them (ublk_ctrl_reg_buf() in 7.2).  Of one subject, a
 * set bit contradicts a clear mask covering it; of two, only the same
 * mask does (guard-bit-ok.c).
 */
#include "pincheck-kernel.h"

#define EOPNOTSUPP	95
#define DEV_F_SHMEM_ZC	(1UL << 19)
#define BUF_F_READ_ONLY	1UL

struct dev_info {
	unsigned long flags;
};

struct buf_reg {
	unsigned long addr;
	unsigned long flags;
};

int reg_buf(struct dev_info *dev, struct buf_reg *reg, struct page **pages,
	    int nr)
{
	long pinned;

	if (!(dev->flags & DEV_F_SHMEM_ZC))
		return -EOPNOTSUPP;
	if (reg->flags & ~BUF_F_READ_ONLY)
		return -EINVAL;
	pinned = pin_user_pages_fast(reg->addr, nr, FOLL_LONGTERM, pages);
	if (pinned < 0)
		return pinned;
	if (pinned != nr)
		goto err_unpin;
	return 0;

err_unpin:
	release_pages(pages, pinned);
	return -EFAULT;
}
/*
 * check-name: different subjects, different masks
 *
 * check-error-start
guard-other-mask-warn.c:42:22: warning: release_pages() releases pages pinned by pin_user_pages_fast() at line 34; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
