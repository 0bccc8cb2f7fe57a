// SPDX-License-Identifier: GPL-2.0
/*
 * An RDMA memory region takes its pages with get_user_pages_fast()
 * (FOLL_GET) and its deregistration drops them with release_pages().
 */
#include "pincheck-kernel.h"

struct rdma_mr {
	struct page **page_list;
	int npages;
};

int rdma_mr_program(struct rdma_mr *mr);

static void rdma_mr_put_pages(struct rdma_mr *mr)
{
	release_pages(mr->page_list, mr->npages);
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
 * check-name: get_user_pages_fast() pages released with release_pages()
 */
