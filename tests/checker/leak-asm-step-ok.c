// SPDX-License-Identifier: GPL-2.0
/*
 * The step that fails after the pin is a hypercall, inline assembly
 * whose output says how it went: where it fails, the page is unpinned.
 */
#include "pincheck-kernel.h"

struct vm {
	struct page *monitor_page;
	unsigned long vmid;
};

static inline long hcall_monitor(unsigned long vmid, unsigned long addr)
{
	long result;

	asm volatile("vmcall" : "=a" (result) : "D" (vmid), "S" (addr));
	return result;
}

int vm_monitor(struct vm *vm, unsigned long uaddr)
{
	struct page *page;
	int ret;

	ret = pin_user_pages_fast(uaddr, 1, FOLL_WRITE | FOLL_LONGTERM, &page);
	if (ret != 1)
		return -EFAULT;
	ret = hcall_monitor(vm->vmid, page_to_pfn(page));
	if (ret < 0) {
		unpin_user_page(page);
		return ret;
	}
	if (vm->monitor_page)
		unpin_user_page(vm->monitor_page);
	vm->monitor_page = page;
	return 0;
}

/*
 * check-name: a hypercall failing after the pin unpins the page first
 */
