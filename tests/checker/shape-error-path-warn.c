// SPDX-License-Identifier: GPL-2.0
#include "pincheck-kernel.h"

struct enc_job {
	unsigned long src;
	int nr_pages;
	struct page **pages;
};

int enc_map_sg(struct enc_job *job, int nr);
int enc_run(struct enc_job *job);

int enc_submit(struct enc_job *job)
{
	int pinned, i, ret;

	job->pages = kcalloc(job->nr_pages, sizeof(*job->pages), GFP_KERNEL);
	if (!job->pages)
		return -ENOMEM;
	pinned = pin_user_pages_fast(job->src, job->nr_pages, 0, job->pages);
	if (pinned < 0) {
		ret = pinned;
		goto out_free;
	}
	if (pinned != job->nr_pages) {
		ret = -EFAULT;
		goto out_unpin;
	}
	ret = enc_map_sg(job, pinned);
	if (ret)
		goto out_unpin;
	ret = enc_run(job);
	unpin_user_pages(job->pages, pinned);
	kfree(job->pages);
	return ret;

out_unpin:
	for (i = 0; i < pinned; i++)
		put_page(job->pages[i]);
out_free:
	kfree(job->pages);
	return ret;
}
/*
 * check-name: pinned pages released right on success, with put_page() on the error path
 *
 * check-error-start
shape-error-path-warn.c:39:25: warning: put_page() releases a page pinned by pin_user_pages_fast() at line 20; use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
