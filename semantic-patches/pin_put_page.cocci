// SPDX-License-Identifier: GPL-2.0-only
///
/// A single page pinned with pin_user_pages*(..., &page, ...) must be
/// released with unpin_user_page(); put_page() leaks the pin.
///
// Confidence: High
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
//

virtual patch
virtual context
virtual org
virtual report

@found exists@
expression P, X, E1, E2, E3, E4, E5, E6;
position p, r;
// apis: ACQUIRE GET
identifier other = {bio_iov_iter_get_pages, get_user_page_fast_only, get_user_pages, get_user_pages_fast, get_user_pages_fast_only, get_user_pages_locked, get_user_pages_remote, get_user_pages_unlocked, iov_iter_get_pages, iov_iter_get_pages2, iov_iter_get_pages_alloc, iov_iter_get_pages_alloc2};
@@

(
pin_user_pages@p(E1, E2, E3, &P, E4)
|
pin_user_pages_fast@p(E1, E2, E3, &P)
|
pin_user_pages_fast_only@p(E1, E2, E3, &P)
|
pin_user_pages_remote@p(E1, E2, E3, E4, &P, E5, E6)
|
pin_user_pages_unlocked@p(E1, E2, &P, E3)
)
... when != P = X
    when != other(...)
    when any
(
put_page@r(P)
|
folio_put@r(page_folio(P))
)

@depends on context@
position found.r;
expression P;
@@

(
* put_page@r(P)
|
* folio_put@r(P)
)

@depends on patch@
position found.r;
expression P;
@@

(
- put_page@r(P)
+ unpin_user_page(P)
|
- folio_put@r(page_folio(P))
+ unpin_user_page(P)
)

@script:python depends on org@
p << found.p;
r << found.r;
@@
coccilib.org.print_todo(r[0], "page pinned at line %s, released with a put: use unpin_user_page()" % p[0].line)

@script:python depends on report@
p << found.p;
r << found.r;
@@
coccilib.report.print_report(r[0], "WARNING: page pinned at line %s is released with a put (the pin leaks): use unpin_user_page()" % p[0].line)
