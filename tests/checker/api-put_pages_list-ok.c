// SPDX-License-Identifier: GPL-2.0
/*
 * A page pool drains its free list with put_pages_list(); the pages were
 * allocated with alloc_page() and linked through their lru word (which
 * shares its place with compound_head in struct page).
 */
#include "pincheck-kernel.h"

#define page_lru(page)	((struct list_head *)&(page)->compound_head)

struct page_pool_ex {
	struct list_head free;
	int count;
};

static inline void list_add(struct list_head *new, struct list_head *head)
{
	new->next = head->next;
	new->prev = head;
	head->next->prev = new;
	head->next = new;
}

static int pool_refill(struct page_pool_ex *pool, int nr)
{
	struct page *page;
	int i;

	for (i = 0; i < nr; i++) {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			goto drain;
		list_add(page_lru(page), &pool->free);
		pool->count++;
	}
	return 0;

drain:
	put_pages_list(&pool->free);
	pool->count = 0;
	return -ENOMEM;
}

/*
 * check-name: put_pages_list() drains a list of allocated pages
 */
