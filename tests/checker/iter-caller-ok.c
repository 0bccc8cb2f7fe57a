// SPDX-License-Identifier: GPL-2.0
/*
 * tee_shm style: a static helper extracts from the iterator its callers
 * made, one user-backed, one KVEC, and unpins only where the iterator is
 * not KVEC: there it can only be the user-backed one.
 */
#include "pincheck-kernel.h"

#define WRITE 1

int shm_register(struct page **pages, int nr);
void kfree(const void *p);

static int register_helper(struct iov_iter *iter, struct page **pages)
{
	size_t offset;
	ssize_t len;
	int nr;

	len = iov_iter_extract_pages(iter, &pages, iter->count, 16, 0, &offset);
	if (len <= 0)
		return -ENOMEM;
	nr = (offset + len + PAGE_SIZE - 1) >> PAGE_SHIFT;
	if (shm_register(pages, nr)) {
		if (!iov_iter_is_kvec(iter))
			unpin_user_pages(pages, nr);
		return -EFAULT;
	}
	return nr;
}

int register_user_buf(void *ubuf, size_t len, struct page **pages)
{
	struct iov_iter iter;

	iov_iter_ubuf(&iter, WRITE, ubuf, len);
	return register_helper(&iter, pages);
}

int register_kernel_buf(void *buf, size_t len, struct page **pages)
{
	struct kvec kvec = { buf, len };
	struct iov_iter iter;

	iov_iter_kvec(&iter, WRITE, &kvec, 1, len);
	return register_helper(&iter, pages);
}

/*
 * check-name: the callers of a static helper make its iterator UBUF or KVEC
 * check-command: pincheck --format=json $file
 */
