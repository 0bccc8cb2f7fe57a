// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - sparse's names for places and functions, handed to the
 * core's findings (core/report.c has their words, ids and output).
 */
#include <stdarg.h>
#include <stdio.h>

#include "report.h"

static struct pc_pos pc_pos_of(struct position pos)
{
	struct pc_pos p = {
		.file = stream_name(pos.stream), .file_order = pos.stream,
		.line = pos.line, .col = pos.pos,
	};

	return p;
}

static const char *fn_name(struct symbol *fn)
{
	return fn && fn->ident ? show_ident(fn->ident) : NULL;
}

/* show_ident() has one buffer a call: names are copied first */
#define NAME_MAX_LEN	256

struct names {
	char fn[NAME_MAX_LEN], caller[NAME_MAX_LEN], callee[NAME_MAX_LEN];
	char via_callee[NAME_MAX_LEN], via_fn[NAME_MAX_LEN];
	char bad_fn[NAME_MAX_LEN], good_fn[NAME_MAX_LEN];
};

static const char *copy_name(char *buf, struct symbol *fn)
{
	const char *n = fn_name(fn);

	if (!n)
		return NULL;
	snprintf(buf, NAME_MAX_LEN, "%s", n);
	return buf;
}

static struct pc_rel pc_rel_of(const struct release_site *rel,
			       struct names *nm)
{
	struct pc_rel r = {
		.api = rel->api, .pos = pc_pos_of(rel->pos),
		.fn = copy_name(nm->fn, rel->fn),
		.caller = copy_name(nm->caller, rel->caller),
		.callee = copy_name(nm->callee, rel->callee),
		.call_line = rel->call_pos.line,
		.via_callee = copy_name(nm->via_callee, rel->via_callee),
		.via_fn = copy_name(nm->via_fn, rel->via_fn),
	};

	if (rel->via.line)
		r.via = pc_pos_of(rel->via);
	return r;
}

static struct pc_acq pc_acq_of(const struct origin *o, char *fn)
{
	struct pc_acq a = {
		.api = o->api, .fam = o->fam, .pos = pc_pos_of(o->pos),
		.fn = copy_name(fn, o->fn),
	};

	return a;
}

void report_release(const struct release_site *rel, unsigned wrong,
		    const struct origin *bad, const struct origin *good)
{
	struct names nm;
	struct pc_rel r = pc_rel_of(rel, &nm);
	struct pc_acq b, g;

	if (bad)
		b = pc_acq_of(bad, nm.bad_fn);
	if (good)
		g = pc_acq_of(good, nm.good_fn);
	pc_report_release(&r, wrong, bad ? &b : NULL, good ? &g : NULL, bad);
}

void report_cond(const struct release_site *rel, const struct origin *o)
{
	struct names nm;
	struct pc_rel r = pc_rel_of(rel, &nm);
	struct pc_acq a = pc_acq_of(o, nm.bad_fn);

	pc_report_cond(&r, &a, o);
}

void report_partial(struct position exit, const struct pc_api *api,
		    struct position call, struct position test,
		    struct symbol *fn)
{
	char name[NAME_MAX_LEN];
	struct pc_acq a = {
		.api = api, .fam = api->family, .pos = pc_pos_of(call),
		.fn = copy_name(name, fn),
	};

	pc_report_partial(&a, pc_pos_of(exit), pc_pos_of(test));
}

void report_note(struct position pos, const char *fmt, ...)
{
	char msg[512];
	va_list args;

	va_start(args, fmt);
	vsnprintf(msg, sizeof(msg), fmt, args);
	va_end(args);
	pc_report_note(pc_pos_of(pos), msg);
}
