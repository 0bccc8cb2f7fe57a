// SPDX-License-Identifier: GPL-2.0
/*
 * An RDMA memory region takes its pages with get_user_pages_fast()
 * (FOLL_GET) but its deregistration unpins them with unpin_user_page().
 */
#include "pincheck-kernel.h"

struct rdma_mr {
	struct page **page_list;
	int npages;
};

int rdma_mr_program(struct rdma_mr *mr);

static void rdma_mr_put_pages(struct rdma_mr *mr)
{
	int i;

	for (i = 0; i < mr->npages; i++)
		unpin_user_page(mr->page_list[i]);
	kfree(mr->page_list);
}

static int rdma_mr_reg(struct rdma_mr *mr, unsigned long uaddr, int npages)
{
	int ret;

	mr->page_list = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!mr->page_list)
		return -ENOMEM;

	ret = get_user_pages_fast(uaddr, npages, FOLL_WRITE, mr->page_list);
	if (ret < 0) {
		kfree(mr->page_list);
		return ret;
	}
	mr->npages = ret;
	if (ret != npages || rdma_mr_program(mr)) {
		rdma_mr_put_pages(mr);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: get_user_pages_fast() pages released with unpin_user_page()
 *
 * check-error-start
api-get_user_pages_fast-warn.c:20:32: warning: unpin_user_page() releases a page got by get_user_pages_fast() at line 32 in rdma_mr_reg(), which holds no pin; use put_page() [pincheck-wrong-release]
 * check-error-end
 */
