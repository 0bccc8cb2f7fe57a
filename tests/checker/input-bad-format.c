// SPDX-License-Identifier: GPL-2.0
/* An output format pincheck does not know: a clear line, status 1. */
#include "pincheck-kernel.h"

void page_done(struct page *page)
{
	put_page(page);
}
/*
 * check-name: an unknown --format is refused
 * check-command: pincheck --format=xml $file
 * check-exit-value: 1
 *
 * check-error-start
pincheck: unknown format 'xml' (text or json)
 * check-error-end
 */
