/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_REPORT_H
#define PINCHECK_REPORT_H

#include "fact.h"
#include "core/report.h"

/* A release whose call does not match a family that reaches it. */
struct release_site {
	const struct pc_api *api;	/* the release call */
	struct position pos;		/* where it is */
	struct symbol *fn;		/* the function it is in */
	struct symbol *caller;		/* reached through a call from here, */
	struct symbol *callee;		/* to this function, */
	struct position call_pos;	/* at this line */
	/* --db: the release is another file's, reached by calling ... */
	struct symbol *via_callee;	/* ... this function of it, */
	struct position via;		/* release call there, */
	struct symbol *via_fn;		/* in this function */
	struct guards guards;		/* the conditions it runs under */
};

/* The findings (core/report.h), in sparse's names. */
void report_release(const struct release_site *site, unsigned wrong,
		    const struct origin *bad, const struct origin *good);
void report_cond(const struct release_site *rel, const struct origin *o);
void report_partial(struct position exit, const struct pc_api *api,
		    struct position call, struct position test,
		    struct symbol *fn);
void report_note(struct position pos, const char *fmt, ...);

#endif
