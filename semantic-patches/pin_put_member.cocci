// SPDX-License-Identifier: GPL-2.0-only
///
/// A struct member filled by pin_user_pages*() holds pinned pages in
/// every function of the file: releasing them with put_page() or
/// release_pages() leaks the pins.  Use unpin_user_page() or
/// unpin_user_pages().
///
// Confidence: Moderate
// Copyright: (C) 2026 The pincheck authors
// Options: --no-includes --include-headers
// Comments: Members are matched by struct type and name, within one file.
//

virtual patch
virtual context
virtual org
virtual report

@pinned exists@
type T;
T *S;
identifier fld;
expression E1, E2, E3, E4, E5, E6, E7;
position p;
@@

(
pin_user_pages@p(E1, E2, E3, \(S->fld\|S->fld + E7\|&S->fld[E7]\), E4)
|
pin_user_pages_fast@p(E1, E2, E3, \(S->fld\|S->fld + E7\|&S->fld[E7]\))
|
pin_user_pages_remote@p(E1, E2, E3, E4, \(S->fld\|S->fld + E7\|&S->fld[E7]\), E6, E5)
|
pin_user_pages_unlocked@p(E1, E2, \(S->fld\|S->fld + E7\|&S->fld[E7]\), E3)
|
pin_user_pages_locked@p(E1, E2, E3, \(S->fld\|S->fld + E7\|&S->fld[E7]\), E4)
)

@found@
type pinned.T;
T *S;
identifier pinned.fld;
expression N, I;
position r;
@@

(
put_page@r(S->fld[I])
|
release_pages@r(S->fld, N)
)

@depends on context@
position found.r;
expression P, E, N;
@@

(
* put_page@r(P)
|
* release_pages@r(E, N)
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
)

@script:python depends on org@
p << pinned.p;
fld << pinned.fld;
r << found.r;
@@
coccilib.org.print_todo(r[0], "member %s holds pages pinned at line %s, released with a put: use unpin_user_page*()" % (fld, p[0].line))

@script:python depends on report@
p << pinned.p;
fld << pinned.fld;
r << found.r;
@@
coccilib.report.print_report(r[0], "WARNING: member %s holds pages pinned at line %s, released with a put (the pins leak): use unpin_user_page*()" % (fld, p[0].line))
