// SPDX-License-Identifier: GPL-2.0
/*
 * The slow path of a KVM-style pfn lookup (virt/kvm/kvm_main.c,
 * hva_to_pfn_slow(), 6.13+): the page is pinned or got by the caller's
 * kfp->pin.  Pinning and mapping writable exclude each other, and a
 * warning says so before the path that drops the page with put_page():
 * past "if (WARN_ON_ONCE(kfp->map_writable && kfp->pin)) goto out;",
 * map_writable means the page was got, not pinned.
 */
#include "pincheck-kernel.h"

void __warn_flags(int flags);

#define WARN_ON_ONCE(condition) ({				\
	int __ret_warn_on = !!(condition);			\
	if (__builtin_expect(__ret_warn_on, 0))			\
		__warn_flags(9);				\
	__builtin_expect(__ret_warn_on, 0);			\
})

struct xfollow {
	unsigned long hva;
	unsigned int flags;
	bool pin;
	bool map_writable;
};

unsigned long xresolve(struct xfollow *kfp, struct page *page, bool writable);

int xhva_to_pfn_slow(struct xfollow *kfp, unsigned long *pfn)
{
	unsigned int flags = 0x100 | kfp->flags;
	struct page *page, *wpage;
	int npages;

	if (kfp->pin)
		npages = pin_user_pages_unlocked(kfp->hva, 1, &page, flags);
	else
		npages = get_user_pages_unlocked(kfp->hva, 1, &page, flags);
	if (npages != 1)
		return npages;

	if (WARN_ON_ONCE(kfp->map_writable && kfp->pin))
		goto out;

	if (!(flags & FOLL_WRITE) && kfp->map_writable &&
	    get_user_page_fast_only(kfp->hva, FOLL_WRITE, &wpage)) {
		put_page(page);
		page = wpage;
		flags |= FOLL_WRITE;
	}
out:
	*pfn = xresolve(kfp, page, flags & FOLL_WRITE);
	return npages;
}

/*
 * check-name: a warning that two flags exclude each other, then one of them
 */
