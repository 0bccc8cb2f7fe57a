// SPDX-License-Identifier: GPL-2.0-only
///
/// pin_user_pages*() may pin fewer pages than asked.  An exit on
/// "pinned != asked" that returns without unpinning leaks the pins of the
/// pages it did pin.  Unpin them (if any) before returning.
///
// Confidence: Moderate
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: Only the exits that return from the block of the test are
//  seen (a goto is followed by pincheck, not here).
//

virtual patch
virtual context
virtual org
virtual report

@found exists@
expression N, NR, E, E1, E2, E3, E4, E5, X;
statement B;
position p, q;
@@

(
N = pin_user_pages@p(E1, NR, E2, E, E3);
|
N = pin_user_pages_fast@p(E1, NR, E2, E);
|
N = pin_user_pages_fast_only@p(E1, NR, E2, E);
|
N = pin_user_pages_remote@p(E1, E2, NR, E3, E, E4, E5);
|
N = pin_user_pages_unlocked@p(E1, NR, E, E2);
)
... when != N = X
    when != E = X
if@q (\(N != NR\|NR != N\|N < NR\|NR > N\)) B

// The returns in the test's own block (a goto leaves it for a cleanup);
// none if the block releases something already, or records state in a
// struct (the count of pages pinned, for a cleanup elsewhere).
@ret@
position found.q, r;
identifier unpin = {unpin_user_pages, unpin_user_pages_dirty_lock,
		    unpin_user_page, release_pages, put_page};
expression S, V;
identifier fld;
@@

(
if@q (...) { <+... \(unpin(...)\|S->fld = V\) ...+> }
|
if@q (...) { <+... return@r ...; ...+> }
)

@depends on context@
position ret.r;
@@

* return@r ...;

@depends on patch@
expression found.N, found.E;
position ret.r;
@@

+ if (N > 0)
+ 	unpin_user_pages(E, N);
  return@r ...;

@script:python depends on org@
p << found.p;
r << ret.r;
@@
coccilib.org.print_todo(r[0], "returns after a partial pin at line %s without unpinning the pages pinned" % p[0].line)

@script:python depends on report@
p << found.p;
r << ret.r;
@@
coccilib.report.print_report(r[0], "WARNING: returns after a partial pin at line %s without unpinning the pages it pinned (they leak)" % p[0].line)
