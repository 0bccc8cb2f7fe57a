// SPDX-License-Identifier: GPL-2.0
/*
 * tee_shm style: a static helper extracts from the iterator its callers
 * made, one user-backed, one KVEC, and unpins whatever it got: wrong for
 * the KVEC caller's, but what an unpin holds here is the callers' to say,
 * and this file cannot be sure it sees them all (a function pointer may
 * call the helper too): undecided, in the JSON output only.
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
 * check-name: a static helper unpins what its UBUF and KVEC callers pass
 * check-command: pincheck --format=json $file
 *
 * check-output-start
{"file":"iter-caller-undecided.c","line":27,"column":33,"severity":"note","check":"pincheck-undecided","message":"unpin_user_pages() releases pages extracted by iov_iter_extract_pages() at line 22, pinned only when the iterator is user-backed, which this file does not show","release":{"call":"unpin_user_pages","family":"pin","file":"iter-caller-undecided.c","line":27,"function":"register_helper"},"acquisition":{"call":"iov_iter_extract_pages","family":"cond","file":"iter-caller-undecided.c","line":22,"function":"register_helper"},"cure":null}
 * check-output-end
 */
