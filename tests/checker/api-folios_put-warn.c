// SPDX-License-Identifier: GPL-2.0
/*
 * A memfd-backed DMA buffer pins its folios with memfd_pin_folios() and
 * releases the whole array with folios_put().
 */
#include "pincheck-kernel.h"

struct memfd_dmabuf {
	struct folio **folios;
	unsigned int nr;
};

int memfd_dmabuf_map(struct memfd_dmabuf *buf, long offset);

static int memfd_dmabuf_init(struct memfd_dmabuf *buf, void *memfd,
			     long start, long end, unsigned int max)
{
	long offset, got;

	buf->folios = kvmalloc_array(max, sizeof(struct folio *), GFP_KERNEL);
	if (!buf->folios)
		return -ENOMEM;

	got = memfd_pin_folios(memfd, start, end, buf->folios, max, &offset);
	if (got <= 0) {
		kvfree(buf->folios);
		return got ? got : -EFAULT;
	}
	buf->nr = got;

	if (memfd_dmabuf_map(buf, offset)) {
		folios_put(buf->folios, buf->nr);
		kvfree(buf->folios);
		return -EFAULT;
	}
	return 0;
}

/*
 * check-name: folios_put() releases memfd_pin_folios() folios
 *
 * check-error-start
api-folios_put-warn.c:32:27: warning: folios_put() releases pages pinned by memfd_pin_folios() at line 24; use unpin_folios() [pincheck-wrong-release]
 * check-error-end
 */
