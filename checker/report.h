/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_REPORT_H
#define PINCHECK_REPORT_H

#include "fact.h"

/* A release whose call does not match a family that reaches it. */
struct release_site {
	const struct pc_api *api;	/* the release call */
	struct position pos;		/* where it is */
	struct symbol *fn;		/* the function it is in */
	struct symbol *caller;		/* reached through a call from here, */
	struct symbol *callee;		/* to this function, */
	struct position call_pos;	/* at this line */
	struct position via;		/* another file's release call, */
	struct symbol *via_fn;		/* in this function of it, reached */
					/* through the call at @pos (--db) */
	struct guards guards;		/* the conditions it runs under */
};

void report_release(const struct release_site *site, unsigned wrong,
		    const struct origin *bad, const struct origin *good);
void report_note(struct position pos, const char *fmt, ...);
int report_flush(int as_error);
int report_count(void);

#endif
