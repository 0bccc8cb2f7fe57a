// SPDX-License-Identifier: GPL-2.0-only
///
/// Convert a get_user_pages*() call site to pin_user_pages*() when all
/// of its pages' releases are in the same function: the acquisition and
/// every put_page()/release_pages() of its array become the FOLL_PIN
/// calls (Documentation/core-api/pin_user_pages.rst, "case 1 and 2":
/// pages whose contents are read or written by DMA or the CPU).
///
// Confidence: Moderate
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: Conservative: the array must not reach any call but the
//  releases, kfree()/kvfree() and the page accessors listed below; a
//  conversion must still be reviewed for its users (is it really DMA?).
//  Patch mode only; report mode lists the candidates.
//

virtual patch
virtual context
virtual org
virtual report

@site exists@
expression E, E1, E2, E3, E4, E5, E6;
position g;
@@

(
get_user_pages@g(E1, E2, E3, E, E4)
|
get_user_pages_fast@g(E1, E2, E3, E)
|
get_user_pages_unlocked@g(E1, E2, E, E3)
|
get_user_pages_remote@g(E1, E2, E3, E4, E, E5, E6)
)

// The array goes somewhere we cannot see: not this rule's case.
@escapes exists@
expression site.E, E2;
position site.g;
identifier getter = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote};
identifier f != {put_page, release_pages, kfree, kvfree, set_page_dirty,
		 set_page_dirty_lock, flush_dcache_page, kmap, kunmap,
		 kmap_local_page, page_address, PageHighMem, memcpy, memset,
		 get_user_pages, get_user_pages_fast, get_user_pages_unlocked,
		 get_user_pages_remote};
@@

 getter@g(...)
 ... when any
(
 f(..., E, ...)
|
 f(..., E[E2], ...)
|
 E2 = E
)

// Returned to the caller ...
@escapes_ret exists@
expression site.E;
position site.g;
identifier getter = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote};
@@

 getter@g(...)
 ... when any
 return E;

// ... or a struct member, seen by other functions.
@escapes_member@
expression S;
identifier fld;
position site.g;
identifier getter = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote};
@@

(
 getter@g(..., S->fld, ...)
|
 getter@g(..., S.fld, ...)
)

// Every release of the array after a convertible acquisition.
@rel depends on !escapes && !escapes_ret && !escapes_member exists@
expression site.E, N, I;
position site.g, r;
identifier getter = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote};
@@

 getter@g(...)
 ... when any
(
 put_page@r(E[I])
|
 release_pages@r(E, N)
)

@depends on patch && rel@
position site.g;
expression E1, E2, E3, E4, E5, E6, E7;
@@

(
- get_user_pages@g(E1, E2, E3, E4, E5)
+ pin_user_pages(E1, E2, E3, E4, E5)
|
- get_user_pages_fast@g(E1, E2, E3, E4)
+ pin_user_pages_fast(E1, E2, E3, E4)
|
- get_user_pages_unlocked@g(E1, E2, E3, E4)
+ pin_user_pages_unlocked(E1, E2, E3, E4)
|
- get_user_pages_remote@g(E1, E2, E3, E4, E5, E6, E7)
+ pin_user_pages_remote(E1, E2, E3, E4, E5, E6, E7)
)

// Now pinned: its releases, found again after the change above.
@released depends on patch exists@
expression site.E, N, I;
position r;
identifier pinner = {pin_user_pages, pin_user_pages_fast, pin_user_pages_unlocked, pin_user_pages_remote};
@@

 pinner(..., E, ...)
 ... when any
(
 put_page@r(E[I])
|
 release_pages@r(E, N)
)

@depends on patch@
position released.r;
expression P, E, N;
@@

(
- put_page@r(P)
+ unpin_user_page(P)
|
- release_pages@r(E, N)
+ unpin_user_pages(E, N)
)

@depends on context && rel@
position site.g;
identifier getter = {get_user_pages, get_user_pages_fast, get_user_pages_unlocked, get_user_pages_remote};
@@

* getter@g(...)

@script:python depends on org@
g << site.g;
r << rel.r;
@@
coccilib.org.print_todo(g[0], "FOLL_GET site convertible to FOLL_PIN (release at line %s)" % r[0].line)

@script:python depends on report@
g << site.g;
r << rel.r;
@@
coccilib.report.print_report(g[0], "INFO: get_user_pages*() site convertible to pin_user_pages*(): its releases (line %s) are all here" % r[0].line)
