// SPDX-License-Identifier: GPL-2.0-only
///
/// Pages got with FOLL_GET (get_user_pages*(), iov_iter_get_pages*())
/// into an array hold a plain reference: release them with put_page()
/// or release_pages().  unpin_user_page*() drops GUP_PIN_COUNTING_BIAS
/// references where there was one: the refcount underflows and the page
/// is freed while in use.
///
// Confidence: High
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: unpin_user_pages_dirty_lock() on got pages is reported, not
//  patched (its put loop with set_page_dirty_lock() needs a counter).
//  A single page got through &page is get_unpin_page.cocci's.
//

virtual patch
virtual context
virtual org
virtual report

@found exists@
expression E, N, I, D, E1, E2, E3, E4, E5, E6, E7;
position p, r;
// apis: ACQUIRE PIN
identifier other = {io_pin_pages, iov_iter_pin_pages, iov_iter_pin_pages_alloc, iov_iter_pin_user_pages, iov_iter_pin_user_pages_alloc, memfd_pin_folios, pin_page, pin_user_page, pin_user_pages, pin_user_pages_fast, pin_user_pages_fast_only, pin_user_pages_locked, pin_user_pages_remote, pin_user_pages_unlocked};
@@

(
get_user_pages@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
get_user_pages_fast@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
get_user_pages_fast_only@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
get_user_pages_remote@p(E1, E2, E3, E4, \(E\|E + E7\|&E[E7]\), E6, E5)
|
get_user_pages_unlocked@p(E1, E2, \(E\|E + E7\|&E[E7]\), E3)
|
get_user_pages_locked@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
iov_iter_get_pages2@p(E1, \(E\|E + E7\|&E[E7]\), E2, E3, E4)
|
iov_iter_get_pages@p(E1, \(E\|E + E7\|&E[E7]\), E2, E3, E4)
|
iov_iter_get_pages_alloc2@p(E1, &E, E2, E3)
|
iov_iter_get_pages_alloc@p(E1, &E, E2, E3)
)
... when != other(...)
    when any
(
unpin_user_page@r(E[I])
|
unpin_user_pages@r(E, N)
|
unpin_user_pages_dirty_lock@r(E, N, D)
)

@depends on context@
position found.r;
expression P, E, N, D;
@@

(
* unpin_user_page@r(P)
|
* unpin_user_pages@r(E, N)
|
* unpin_user_pages_dirty_lock@r(E, N, D)
)

@depends on patch@
position found.r;
expression P, E, N;
@@

(
- unpin_user_page@r(P)
+ put_page(P)
|
- unpin_user_pages@r(E, N)
+ release_pages(E, N)
)

@script:python depends on org@
p << found.p;
r << found.r;
@@
coccilib.org.print_todo(r[0], "got at line %s, released with an unpin: use put_page()/release_pages()" % p[0].line)

@script:python depends on report@
p << found.p;
r << found.r;
@@
coccilib.report.print_report(r[0], "WARNING: got at line %s, released with an unpin (refcount underflow): use put_page()/release_pages()" % p[0].line)
