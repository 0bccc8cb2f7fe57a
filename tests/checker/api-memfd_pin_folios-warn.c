// SPDX-License-Identifier: GPL-2.0
/*
 * A udmabuf-style exporter pins the folios of a memfd range with
 * memfd_pin_folios() and, when the export fails, drops them with
 * folio_put().
 */
#include "pincheck-kernel.h"

struct ubuf {
	struct folio **folios;
	long nr_folios;
};

int ubuf_export(struct ubuf *ubuf);

static int ubuf_create(struct ubuf *ubuf, void *memfd, long start, long end,
		       unsigned int max)
{
	long offset, i;

	ubuf->folios = kvmalloc_array(max, sizeof(struct folio *), GFP_KERNEL);
	if (!ubuf->folios)
		return -ENOMEM;

	ubuf->nr_folios = memfd_pin_folios(memfd, start, end, ubuf->folios,
					   max, &offset);
	if (ubuf->nr_folios <= 0)
		goto free;

	if (ubuf_export(ubuf)) {
		for (i = 0; i < ubuf->nr_folios; i++)
			folio_put(ubuf->folios[i]);
		goto free;
	}
	return 0;
free:
	kvfree(ubuf->folios);
	return -EFAULT;
}

/*
 * check-name: memfd_pin_folios() folios released with folio_put()
 *
 * check-error-start
api-memfd_pin_folios-warn.c:32:34: warning: folio_put() releases a page pinned by memfd_pin_folios() at line 25; use unpin_folio() [pincheck-wrong-release]
 * check-error-end
 */
