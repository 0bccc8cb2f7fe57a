// SPDX-License-Identifier: GPL-2.0
/*
 * No path of this function releases the pages or hands them on in a way
 * pincheck sees (the pages go into a hardware ring through an address):
 * it cannot tell a leak from a handover, and stays silent.
 */
#include "pincheck-kernel.h"

int ring_post(unsigned long pfn);
unsigned long page_to_pfn_of(unsigned long addr);

int ring_add(unsigned long uaddr)
{
	struct page *pages[4];
	void *desc;
	int got;

	got = pin_user_pages_fast(uaddr, 4, FOLL_WRITE | FOLL_LONGTERM, pages);
	if (got <= 0)
		return -EFAULT;
	desc = kmalloc(64, GFP_KERNEL);
	if (!desc)
		return -ENOMEM;
	kfree(desc);
	return ring_post(page_to_pfn_of(uaddr));
}

/*
 * check-name: pages no path releases or hands on are not judged
 */
