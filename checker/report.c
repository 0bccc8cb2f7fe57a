// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - the words of every finding.
 *
 * Findings are printed as sparse prints its warnings (file:line:col:
 * warning: ...), sorted by position, once each, and name both ends: the
 * call that took the references and where, the call that drops them, and
 * the call that should.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"

#define MSG_MAX	480	/* sparse's own buffer is 512 */

struct finding {
	struct position pos;
	const void *key;	/* the origin: one report per release and origin */
	int is_note;
	char msg[MSG_MAX];
};

static struct finding *findings;
static int nr_findings, max_findings, total;

static struct finding *new_finding(struct position pos, const void *key)
{
	int i;

	for (i = 0; i < nr_findings; i++) {
		struct finding *f = &findings[i];

		if (f->key == key && f->pos.stream == pos.stream &&
		    f->pos.line == pos.line && f->pos.pos == pos.pos)
			return NULL;
	}
	if (nr_findings == max_findings) {
		max_findings = max_findings ? 2 * max_findings : 16;
		findings = realloc(findings, max_findings * sizeof(*findings));
		if (!findings)
			die("pincheck: out of memory");
	}
	memset(&findings[nr_findings], 0, sizeof(*findings));
	findings[nr_findings].pos = pos;
	findings[nr_findings].key = key;
	return &findings[nr_findings++];
}

static const char *fn_name(struct symbol *fn)
{
	return fn && fn->ident ? show_ident(fn->ident) : "?";
}

/* "at line 98", "at drivers/x.c:98", then " in foo()" if elsewhere */
static int describe_site(char *buf, size_t len, struct position pos,
			 struct symbol *fn, const struct release_site *rel)
{
	int n;

	if (pos.stream == rel->pos.stream)
		n = snprintf(buf, len, "at line %d", pos.line);
	else
		n = snprintf(buf, len, "at %s:%d", stream_name(pos.stream),
			     pos.line);
	if (fn && fn != rel->fn && n < (int)len)
		n += snprintf(buf + n, len - n, " in %s()", fn_name(fn));
	return n;
}

static void describe_origin(char *buf, size_t len, const struct origin *o,
			    const struct release_site *rel)
{
	int n;

	if (!o) {
		snprintf(buf, len, "an acquisition");
		return;
	}
	n = snprintf(buf, len, "%s() ", o->api->name);
	describe_site(buf + n, len - n, o->pos, o->fn, rel);
}

/* The call that releases: another file's function is named by its own. */
static const char *releaser(const struct release_site *rel)
{
	return rel->via.line ? fn_name(rel->via_callee) : rel->api->name;
}

static const char *noun(const struct pc_api *api, int mixed)
{
	if (api->shape == SHAPE_PAGE)
		return mixed ? "a page that may be" : "a page";
	return mixed ? "pages that may be" : "pages";
}

/*
 * @bad took references of family @wrong, which @rel's call does not
 * drop; @good, if any, took the family it does drop ("may be").
 */
void report_release(const struct release_site *rel, unsigned wrong,
		    const struct origin *bad, const struct origin *good)
{
	int mixed = good != NULL;
	char where[160] = "", from[160], other[160], via[200] = "";
	char with[200] = "";
	struct finding *fd = new_finding(rel->pos, bad);

	if (!fd)
		return;
	total++;
	if (rel->caller) {
		snprintf(where, sizeof(where), " in %s()", fn_name(rel->fn));
		snprintf(via, sizeof(via), ", passed to %s() at line %d in %s()",
			 fn_name(rel->callee), rel->call_pos.line,
			 fn_name(rel->caller));
	}
	if (rel->via.line) {
		int deeper = rel->via_fn && rel->via_callee &&
			     rel->via_fn->ident != rel->via_callee->ident;

		snprintf(with, sizeof(with), " with %s() at %s:%d%s%s%s",
			 rel->api->name, stream_name(rel->via.stream),
			 rel->via.line, deeper ? " in " : "",
			 deeper ? fn_name(rel->via_fn) : "", deeper ? "()" : "");
	}
	describe_origin(from, sizeof(from), bad, rel);
	describe_origin(other, sizeof(other), good, rel);
	if (wrong == FAM_PIN)
		snprintf(fd->msg, MSG_MAX,
			 "%s()%s releases %s pinned by %s%s%s%s%s%s; use %s()%s",
			 releaser(rel), where, noun(rel->api, mixed), from, with,
			 via,
			 mixed ? " (or got by " : "", mixed ? other : "",
			 mixed ? ")" : "", rel->api->cure,
			 mixed ? " for the pinned ones" : "");
	else
		snprintf(fd->msg, MSG_MAX,
			 "%s()%s releases %s got by %s%s%s%s%s%s, which %s no pin; use %s()%s",
			 releaser(rel), where, noun(rel->api, mixed), from, with,
			 via,
			 mixed ? " (or pinned by " : "", mixed ? other : "",
			 mixed ? ")" : "",
			 rel->api->shape == SHAPE_PAGE ? "holds" : "hold",
			 rel->api->cure, mixed ? " for the got ones" : "");
}

/*
 * @rel releases pages of @o, a COND acquisition: with put_page() (a pin,
 * or no reference at all), or with an unpin that no pin test guards.
 */
void report_cond(const struct release_site *rel, const struct origin *o)
{
	char from[160], where[160] = "";
	struct finding *fd = new_finding(rel->pos, o);

	if (!fd)
		return;
	total++;
	if (rel->caller)
		snprintf(where, sizeof(where), " in %s()", fn_name(rel->fn));
	describe_origin(from, sizeof(from), o, rel);
	if (rel->api->family == FAM_GET)
		snprintf(fd->msg, MSG_MAX,
			 "%s()%s releases %s that may be pinned by %s; use %s() when iov_iter_extract_will_pin()",
			 releaser(rel), where, noun(rel->api, 0), from,
			 rel->api->cure);
	else
		snprintf(fd->msg, MSG_MAX,
			 "%s()%s releases %s extracted by %s, pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first",
			 releaser(rel), where, noun(rel->api, 0), from);
}

/*
 * The path that leaves at @exit after @api at @call took fewer pages than
 * asked for (the test at @test) keeps the ones it took.
 */
void report_partial(struct position exit, const struct pc_api *api,
		    struct position call, struct position test)
{
	struct finding *fd = new_finding(exit, api);
	int pin = api->family == FAM_PIN;

	if (!fd)
		return;
	total++;
	snprintf(fd->msg, MSG_MAX,
		 "pages %s by %s() at line %d leak here when it %s fewer than asked (the test at line %d); %s them first with %s()",
		 pin ? "pinned" : "got", api->name, call.line,
		 pin ? "pins" : "gets", test.line, pin ? "unpin" : "release",
		 pin ? "unpin_user_pages" : "release_pages");
}

/* An info line about the analysis itself (a function skipped, ...). */
void report_note(struct position pos, const char *fmt, ...)
{
	struct finding *fd = new_finding(pos, fmt);
	va_list args;

	if (!fd)
		return;
	fd->is_note = 1;
	va_start(args, fmt);
	vsnprintf(fd->msg, MSG_MAX, fmt, args);
	va_end(args);
}

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->pos.stream != y->pos.stream)
		return x->pos.stream - y->pos.stream;
	if (x->pos.line != y->pos.line)
		return x->pos.line - y->pos.line;
	return x->pos.pos - y->pos.pos;
}

/* Print what this file found, in order; returns the number of findings. */
int report_flush(int as_error)
{
	int i, n = 0;

	qsort(findings, nr_findings, sizeof(*findings), cmp_finding);
	fflush(stdout);
	for (i = 0; i < nr_findings; i++) {
		struct finding *f = &findings[i];

		fprintf(stderr, "%s:%d:%d: %s%s%s\n", stream_name(f->pos.stream),
			f->pos.line, f->pos.pos, diag_prefix,
			f->is_note ? "note: " : as_error ? "error: " : "warning: ",
			f->msg);
		n += !f->is_note;
	}
	nr_findings = 0;
	return n;
}

int report_count(void)
{
	return total;
}
