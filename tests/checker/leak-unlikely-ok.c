// SPDX-License-Identifier: GPL-2.0
/*
 * trace_events_user's shape: "if (unlikely(ret <= 0))" is the side where
 * nothing was pinned, whatever fails in it; clang writes the test as a
 * cast of the compare (an int of a bool), which is still that test.
 */
#include "pincheck-kernel.h"

#define unlikely(x)	__builtin_expect(!!(x), 0)

int queue_fault(void *mm);
int _printk(const char *fmt, ...);
void set_user_bit(struct page *page, int bit);

int enabler_write(void *mm, unsigned long uaddr, int bit, bool fixup_fault)
{
	struct page *page;
	int ret;

	ret = pin_user_pages(uaddr, 1, FOLL_WRITE, &page, NULL);
	if (unlikely(ret <= 0)) {
		if (!fixup_fault)
			return -EFAULT;
		if (!queue_fault(mm))
			_printk("user_events: Unable to queue fault handler\n");
		return -EFAULT;
	}
	set_user_bit(page, bit);
	unpin_user_pages_dirty_lock(&page, 1, true);
	return 0;
}

/*
 * check-name: a failed step on the side where nothing was pinned
 */
