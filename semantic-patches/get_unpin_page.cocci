// SPDX-License-Identifier: GPL-2.0-only
///
/// A single page got with get_user_pages*(..., &page, ...) holds a plain
/// reference: release it with put_page().  unpin_user_page() underflows
/// its refcount.
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
// apis: ACQUIRE PIN
identifier other = {io_pin_pages, iov_iter_pin_pages, iov_iter_pin_pages_alloc, iov_iter_pin_user_pages, iov_iter_pin_user_pages_alloc, memfd_pin_folios, pin_page, pin_user_page, pin_user_pages, pin_user_pages_fast, pin_user_pages_fast_only, pin_user_pages_locked, pin_user_pages_remote, pin_user_pages_unlocked};
@@

(
get_user_pages@p(E1, E2, E3, &P, E4)
|
get_user_pages_fast@p(E1, E2, E3, &P)
|
get_user_pages_fast_only@p(E1, E2, E3, &P)
|
get_user_pages_remote@p(E1, E2, E3, E4, &P, E5, E6)
|
get_user_pages_unlocked@p(E1, E2, &P, E3)
)
... when != P = X
    when != other(...)
    when any
unpin_user_page@r(P)

@depends on context@
position found.r;
expression P;
@@

* unpin_user_page@r(P)

@depends on patch@
position found.r;
expression P;
@@

- unpin_user_page@r(P)
+ put_page(P)

@script:python depends on org@
p << found.p;
r << found.r;
@@
coccilib.org.print_todo(r[0], "page got at line %s, released with unpin_user_page(): use put_page()" % p[0].line)

@script:python depends on report@
p << found.p;
r << found.r;
@@
coccilib.report.print_report(r[0], "WARNING: page got at line %s is released with unpin_user_page() (refcount underflow): use put_page()" % p[0].line)
