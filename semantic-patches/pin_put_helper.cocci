// SPDX-License-Identifier: GPL-2.0-only
///
/// A helper of the file that puts the pages of its array parameter
/// (put_page() on each, or release_pages()), called with an array that
/// pin_user_pages*() filled: the pins leak.  When every caller passes
/// pinned pages, the helper's releases become unpin_user_page() /
/// unpin_user_pages().
///
// Confidence: Moderate
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: A helper also called with got pages is reported, not
//  patched (it needs a flag, or two helpers).
//

virtual patch
virtual context
virtual org
virtual report

@helper@
identifier fn, pages;
parameter list[n] ps;
parameter list ps2;
type T;
expression I, N;
position r;
@@

T fn(ps, struct page **pages, ps2)
{
  <+...
(
  put_page@r(pages[I])
|
  release_pages@r(pages, N)
)
  ...+>
}

// A helper that unpins too picks the call by some condition of its own
// (mm/gup_test.c's put_back_pages() by command): pincheck's guards, not
// this rule, can tell.
@mixed@
identifier helper.fn, pages;
parameter list[helper.n] ps;
parameter list ps2;
type T;
identifier unpin = {unpin_user_page, unpin_user_pages,
		    unpin_user_pages_dirty_lock};
@@

T fn(ps, struct page **pages, ps2)
{
  <+... unpin(...) ...+>
}

// A call in the other branch of a test whose first branch unpins:
// "if (pinned) unpin_user_pages(); else helper()" (drivers/tee/tee_shm.c).
@dispatch@
identifier helper.fn;
expression list[helper.n] es;
expression C, E;
identifier unpin = {unpin_user_page, unpin_user_pages,
		    unpin_user_pages_dirty_lock};
position c;
@@

if (C) { <+... unpin(...) ...+> } else { <+... fn@c(es, E, ...) ...+> }

@pinned_call depends on !mixed exists@
identifier helper.fn;
expression list[helper.n] es;
expression E, E1, E2, E3, E4, E5, E6, E7;
position p, c != dispatch.c;
@@

(
pin_user_pages@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
pin_user_pages_fast@p(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
pin_user_pages_remote@p(E1, E2, E3, E4, \(E\|E + E7\|&E[E7]\), E6, E5)
|
pin_user_pages_unlocked@p(E1, E2, \(E\|E + E7\|&E[E7]\), E3)
)
... when any
fn@c(es, \(E\|E + E7\|&E[E7]\), ...)

@got_call exists@
identifier helper.fn;
expression list[helper.n] es;
expression E, E1, E2, E3, E4, E5, E6, E7;
@@

(
get_user_pages(E1, E2, E3, \(E\|E + E7\|&E[E7]\), E4)
|
get_user_pages_fast(E1, E2, E3, \(E\|E + E7\|&E[E7]\))
|
get_user_pages_remote(E1, E2, E3, E4, \(E\|E + E7\|&E[E7]\), E6, E5)
|
get_user_pages_unlocked(E1, E2, \(E\|E + E7\|&E[E7]\), E3)
|
iov_iter_get_pages2(E1, \(E\|E + E7\|&E[E7]\), E2, E3, E4)
)
... when any
fn(es, \(E\|E + E7\|&E[E7]\), ...)

@depends on context && pinned_call@
position helper.r;
expression P, N;
@@

(
* put_page@r(P)
|
* release_pages@r(P, N)
)

@depends on patch && pinned_call && !got_call@
position helper.r;
expression P, N;
@@

(
- put_page@r(P)
+ unpin_user_page(P)
|
- release_pages@r(P, N)
+ unpin_user_pages(P, N)
)

@script:python depends on org@
fn << helper.fn;
r << helper.r;
p << pinned_call.p;
c << pinned_call.c;
@@
coccilib.org.print_todo(r[0], "%s() puts pages pinned at line %s, passed at line %s: use unpin_user_page*()" % (fn, p[0].line, c[0].line))

@script:python depends on report@
fn << helper.fn;
r << helper.r;
p << pinned_call.p;
c << pinned_call.c;
@@
coccilib.report.print_report(r[0], "WARNING: %s() puts pages pinned at line %s, passed to it at line %s (the pins leak): use unpin_user_page*()" % (fn, p[0].line, c[0].line))
