// SPDX-License-Identifier: GPL-2.0
/*
 * A SCSI passthrough read pins the user buffer with
 * iov_iter_pin_user_pages_alloc() and gives it back with release_pages()
 * after the command.
 */
#include "pincheck-kernel.h"

struct sg_cmd {
	struct page **pages;
	int nr_pages;
	size_t offset;
};

int sg_execute(struct sg_cmd *cmd, ssize_t len);

static int sg_read_user(struct sg_cmd *cmd, struct iov_iter *to, size_t len)
{
	ssize_t got;
	int err;

	got = iov_iter_pin_user_pages_alloc(to, &cmd->pages, len, &cmd->offset);
	if (got <= 0)
		return got ? got : -EFAULT;
	cmd->nr_pages = (cmd->offset + got + PAGE_SIZE - 1) >> PAGE_SHIFT;

	err = sg_execute(cmd, got);

	release_pages(cmd->pages, cmd->nr_pages);
	kvfree(cmd->pages);
	return err;
}

/*
 * check-name: iov_iter_pin_user_pages_alloc() pages released with release_pages()
 *
 * check-error-start
api-iov_iter_pin_user_pages_alloc-warn.c:29:22: warning: release_pages() releases pages pinned by iov_iter_pin_user_pages_alloc() at line 22; use unpin_user_pages() [pincheck-wrong-release]
 * check-error-end
 */
