// SPDX-License-Identifier: GPL-2.0
/*
 * A pool of user pages pinned with pin_user_pages_fast() is linked
 * through the pages' lru word (which shares its place with compound_head
 * in struct page) and drained with put_pages_list(): the pins leak.
 * pincheck does not follow lists yet (shape LIST).
 */
#include "pincheck-kernel.h"

#define UPOOL_BATCH	16
#define page_lru(page)	((struct list_head *)&(page)->compound_head)

struct user_pool {
	struct list_head pages;
	int count;
};

int upool_register(struct user_pool *pool);

static inline void list_add(struct list_head *new, struct list_head *head)
{
	new->next = head->next;
	new->prev = head;
	head->next->prev = new;
	head->next = new;
}

static int upool_fill(struct user_pool *pool, unsigned long uaddr, int nr)
{
	struct page *batch[UPOOL_BATCH];
	int got, i;

	if (nr > UPOOL_BATCH)
		nr = UPOOL_BATCH;

	got = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, batch);
	if (got <= 0)
		return -EFAULT;
	for (i = 0; i < got; i++)
		list_add(page_lru(batch[i]), &pool->pages);
	pool->count += got;

	if (upool_register(pool)) {
		put_pages_list(&pool->pages);
		pool->count = 0;
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: put_pages_list() drains a list of pin_user_pages_fast() pages
 * check-known-to-fail
 *
 * check-error-start
api-put_pages_list-warn.c:44:31: warning: put_pages_list() releases pages pinned by pin_user_pages_fast() at line 36; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
