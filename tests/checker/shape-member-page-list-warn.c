// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct vbuf_mem {
	unsigned long uaddr;
	int nr_pages;
	struct page **page_list;
};

int vbuf_get_userptr(struct vbuf_mem *m)
{
	int pinned;

	m->page_list = kvmalloc_array(m->nr_pages, sizeof(struct page *),
				      GFP_KERNEL);
	if (!m->page_list)
		return -ENOMEM;
	pinned = pin_user_pages_fast(m->uaddr, m->nr_pages,
				     FOLL_WRITE | FOLL_LONGTERM, m->page_list);
	if (pinned != m->nr_pages) {
		if (pinned > 0)
			unpin_user_pages(m->page_list, pinned);
		kvfree(m->page_list);
		return -EFAULT;
	}
	return 0;
}

void vbuf_put_userptr(struct vbuf_mem *m)
{
	int i;

	for (i = 0; i < m->nr_pages; i++) {
		set_page_dirty_lock(m->page_list[i]);
		put_page(m->page_list[i]);
	}
	kvfree(m->page_list);
}
/*
 * check-name: pinned into m->page_list in one function, put_page() in another
 *
 * check-error-start
shape-member-page-list-warn.c:35:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 18 in vbuf_get_userptr(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
