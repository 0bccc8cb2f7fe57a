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

static struct pc_rel pc_rel_of(const struct release_site *rel)
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

static struct pc_acq pc_acq_of(const struct origin *o)
{
	struct pc_acq a = {
		.api = o->api, .fam = o->fam, .pos = o->pos,
		.fn = fn_name(o->fn),
	};

	return a;
}

void report_release(const struct release_site *rel, unsigned wrong,
		    const struct origin *bad, const struct origin *good)
{
	struct pc_rel r = pc_rel_of(rel);
	struct pc_acq b, g;

	if (bad)
		b = pc_acq_of(bad);
	if (good)
		g = pc_acq_of(good);
	pc_report_release(&r, wrong, bad ? &b : NULL, good ? &g : NULL, bad);
}

void report_cond(const struct release_site *rel, const struct origin *o)
{
	struct pc_rel r = pc_rel_of(rel);
	struct pc_acq a = pc_acq_of(o);

	pc_report_cond(&r, &a, o);
}

void report_partial(struct pc_pos exit, const struct pc_api *api,
		    struct pc_pos call, struct pc_pos test, struct pc_sym *fn)
{
	struct pc_acq a = {
		.api = api, .fam = api->family, .pos = call,
		.fn = fn_name(fn),
	};

	pc_report_partial(&a, exit, test);
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
