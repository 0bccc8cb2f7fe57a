// SPDX-License-Identifier: GPL-2.0-only
///
/// A loop that dirties each page of a pinned array and puts it, written
/// for get_user_pages() pages, leaks the pins of pin_user_pages() pages.
/// unpin_user_pages_dirty_lock(pages, n, dirty) does both, for all n.
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
expression E, N, D, E1, E2, E3, E4, E5, E6, E7;
identifier I;
position p, rl;
// apis: ACQUIRE GET
identifier other = {bio_iov_iter_get_pages, get_user_page_fast_only, get_user_pages, get_user_pages_fast, get_user_pages_fast_only, get_user_pages_locked, get_user_pages_remote, get_user_pages_unlocked, iov_iter_get_pages, iov_iter_get_pages2, iov_iter_get_pages_alloc, iov_iter_get_pages_alloc2};
@@

(
pin_user_pages@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
pin_user_pages_fast@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
pin_user_pages_fast_only@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
pin_user_pages_remote@p(E1, E2, E3, E4, \(E\|E + E7\|&E[E7]\), E6, E5)
|
pin_user_pages_unlocked@p(E1, E2, \(E\|E + E7\|&E[E7]\), E3)
|
pin_user_pages_locked@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
)
... when != other(...)
    when any
for@rl (I = 0; I < N; I++) {
if (D)
set_page_dirty_lock(E[I]);
put_page(E[I]);
}

@depends on context@
position found.rl;
expression E, N, D;
identifier I;
@@

* for@rl (I = 0; I < N; I++) {
* if (D)
* set_page_dirty_lock(E[I]);
* put_page(E[I]);
* }

@depends on patch@
position found.rl;
expression E, N, D;
identifier I;
@@

- for@rl (I = 0; I < N; I++) {
- if (D)
- set_page_dirty_lock(E[I]);
- put_page(E[I]);
- }
+ unpin_user_pages_dirty_lock(E, N, D);

@script:python depends on org@
p << found.p;
r << found.rl;
@@
coccilib.org.print_todo(r[0], "pages pinned at line %s are dirtied and put in a loop: use unpin_user_pages_dirty_lock()" % p[0].line)

@script:python depends on report@
p << found.p;
r << found.rl;
@@
coccilib.report.print_report(r[0], "WARNING: pages pinned at line %s are dirtied and put in a loop (the pins leak): use unpin_user_pages_dirty_lock()" % p[0].line)
