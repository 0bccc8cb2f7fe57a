/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/site.h - releases and acquisitions of the analysis, as findings
 * (report.h) name them: with their functions' names.
 */
#ifndef PINCHECK_CORE_SITE_H
#define PINCHECK_CORE_SITE_H

#include "fact.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A release whose call does not match a family that reaches it. */
struct release_site {
	const struct pc_api *api;	/* the release call */
	struct pc_pos pos;		/* where it is */
	struct pc_sym *fn;		/* the function it is in */
	struct pc_sym *caller;		/* reached through a call from here, */
	struct pc_sym *callee;		/* to this function, */
	struct pc_pos call_pos;		/* at this line */
	/* --db: the release is another file's, reached by calling ... */
	struct pc_sym *via_callee;	/* ... this function of it, */
	struct pc_pos via;		/* release call there, */
	struct pc_sym *via_fn;		/* in this function */
	struct guards guards;		/* the conditions it runs under */
	struct pc_insn *call;		/* the call here: the release, or
					   the call that reaches it */
};

/* A release site and an origin in the terms of a finding. */
struct pc_rel site_rel(const struct release_site *rel);
struct pc_acq site_acq(const struct origin *o);
void report_note(struct pc_pos pos, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#ifdef __cplusplus
}
#endif

#endif
