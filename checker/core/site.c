// SPDX-License-Identifier: GPL-2.0
/*
 * core/site.c - the analysis's release sites and origins, in the terms
 * of a finding (report.c has the words).
 */
#include <stdarg.h>
#include <stdio.h>

#include "site.h"

static const char *fn_name(const struct pc_sym *fn)
{
	return fn ? fn->name : NULL;
}

struct pc_rel site_rel(const struct release_site *rel)
{
	struct pc_rel r = {
		.api = rel->api, .pos = rel->pos, .fn = fn_name(rel->fn),
		.caller = fn_name(rel->caller), .callee = fn_name(rel->callee),
		.call_line = rel->call_pos.line,
		.via_callee = fn_name(rel->via_callee),
		.via_fn = fn_name(rel->via_fn),
	};

	if (rel->via.line)
		r.via = rel->via;
	return r;
}

struct pc_acq site_acq(const struct origin *o)
{
	struct pc_acq a = {
		.api = o->api, .fam = o->fam, .pos = o->pos,
		.fn = fn_name(o->fn),
	};

	return a;
}

void report_note(struct pc_pos pos, const char *fmt, ...)
{
	char msg[512];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pc_report_note(pos, msg);
}
