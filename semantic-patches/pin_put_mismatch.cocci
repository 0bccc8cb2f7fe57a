// SPDX-License-Identifier: GPL-2.0-only
///
/// Pages pinned with FOLL_PIN (pin_user_pages*()) into an array must be
/// released with unpin_user_page() or unpin_user_pages().  Released with
/// put_page(), release_pages() or folio_put(), the pin leaks: the page
/// stays "maybe DMA-pinned" and is never freed.  See
/// Documentation/core-api/pin_user_pages.rst.
///
// Confidence: High
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: Follows a pinned array within the function that pins it.
//  A single page pinned through &page is pin_put_page.cocci's, the
//  put-and-dirty loop pin_put_loop.cocci's, struct members across the
//  file pin_put_member.cocci's; pincheck also follows helpers, joins
//  and aliases.
//

virtual patch
virtual context
virtual org
virtual report

// A put loop over a pinned array is pin_put_loop.cocci's to fix.
@loop exists@
expression E, N, D, E1, E2, E3, E4, E5, E6, E7;
identifier I;
position rp;
// apis: ACQUIRE GET
identifier other = {bio_iov_iter_get_pages, get_user_page_fast_only, get_user_pages, get_user_pages_fast, get_user_pages_fast_only, get_user_pages_locked, get_user_pages_remote, get_user_pages_unlocked, iov_iter_get_pages, iov_iter_get_pages2, iov_iter_get_pages_alloc, iov_iter_get_pages_alloc2};
@@

(
pin_user_pages(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
pin_user_pages_fast(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
pin_user_pages_fast_only(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
pin_user_pages_remote(E1, E2, E3, E4, \(E\|E + E7\|&E[E7]\), E6, E5)
|
pin_user_pages_unlocked(E1, E2, \(E\|E + E7\|&E[E7]\), E3)
|
pin_user_pages_locked(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
)
... when != other(...)
    when any
for (I = 0; I < N; I++) {
if (D)
set_page_dirty_lock(E[I]);
put_page@rp(E[I]);
}

// An array the pin fills (E, or E + n, &E[n]), then a put of it.
@found exists@
expression E, N, I, E1, E2, E3, E4, E5, E6, E7;
position p, r != loop.rp;
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
|
iov_iter_pin_pages@p(E1, \(E\|E + E7\|&E[E7]\), E2, E3, E4)
|
iov_iter_pin_user_pages@p(E1, \(E\|E + E7\|&E[E7]\), E2, E3, E4)
)
... when != other(...)
    when any
(
put_page@r(E[I])
|
release_pages@r(E, N)
|
folio_put@r(page_folio(E[I]))
)

@depends on context@
position found.r;
expression P, E, N;
@@

(
* put_page@r(P)
|
* release_pages@r(E, N)
|
* folio_put@r(P)
)

@depends on patch@
position found.r;
expression P, E, N;
@@

(
- put_page@r(P)
+ unpin_user_page(P)
|
- release_pages@r(E, N)
+ unpin_user_pages(E, N)
|
- folio_put@r(page_folio(P))
+ unpin_user_page(P)
)

@script:python depends on org@
p << found.p;
r << found.r;
@@
coccilib.org.print_todo(r[0], "pinned at line %s, released with a put: use unpin_user_page*()" % p[0].line)

@script:python depends on report@
p << found.p;
r << found.r;
@@
coccilib.report.print_report(r[0], "WARNING: pinned at line %s, released with a put (the pin leaks): use unpin_user_page*()" % p[0].line)
