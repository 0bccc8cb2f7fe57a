// SPDX-License-Identifier: GPL-2.0
/*
 * A crypto offload engine pins the source buffer with
 * pin_user_pages_unlocked(); its completion drops the pages one by one
 * with put_page().
 */
#include "pincheck-kernel.h"

struct xfrm_job {
	struct page **pages;
	long nr;
};

int engine_submit(struct xfrm_job *job);

static void xfrm_job_done(struct xfrm_job *job)
{
	long i;

	for (i = 0; i < job->nr; i++)
		put_page(job->pages[i]);
	kvfree(job->pages);
}

static int xfrm_job_start(struct xfrm_job *job, unsigned long uaddr,
			  unsigned long nr)
{
	job->pages = kvmalloc_array(nr, sizeof(struct page *), GFP_KERNEL);
	if (!job->pages)
		return -ENOMEM;

	job->nr = pin_user_pages_unlocked(uaddr, nr, job->pages, 0);
	if (job->nr != nr) {
		xfrm_job_done(job);
		return -EFAULT;
	}
	return engine_submit(job);
}

/*
 * check-name: pin_user_pages_unlocked() pages released with put_page()
 *
 * check-error-start
api-pin_user_pages_unlocked-warn.c:21:25: warning: put_page() releases a page pinned by pin_user_pages_unlocked() at line 32 in xfrm_job_start(); use unpin_user_page() [pincheck-wrong-release]
 * check-error-end
 */
