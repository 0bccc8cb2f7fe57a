// SPDX-License-Identifier: GPL-2.0
/*
 * core/report.c - the words of every finding, and its output.
 *
 * Findings are printed as sparse prints its warnings (file:line:col:
 * warning: ... [check-id]), sorted by position, once each, and name both
 * ends: the call that took the references and where, the call that drops
 * them, and the call that should.  --format=json prints the same as one
 * object a line, with both ends as members, for scripts: they read that,
 * never the words.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix.h"
#include "report.h"
#include "util.h"
#include "words.h"

#define MSG_MAX	480	/* sparse's own buffer is 512 */

static const char *const check_ids[NR_PC_CHECKS] = {
#define CHECK(e, id, reg) [e] = id,
#include "checks/check_list.h"
#undef CHECK
	[PC_NOTE]		= "pincheck-note",
	[PC_UNDECIDED]		= "pincheck-undecided",
	[PC_UNCHECKED]		= "pincheck-unchecked",
};

const char *pc_check_id(enum pc_check check)
{
	return check < NR_PC_CHECKS ? check_ids[check] : "pincheck";
}

size_t pc_json_string(char *buf, size_t len, const char *s)
{
	size_t n = 0;

#define PUT(c)	do { if (n + 1 < len) buf[n] = (c); n++; } while (0)
	PUT('"');
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\') {
			PUT('\\');
			PUT(c);
		} else if (c < 0x20) {
			char esc[8];
			int i;

			snprintf(esc, sizeof(esc), "\\u%04x", c);
			for (i = 0; esc[i]; i++)
				PUT(esc[i]);
		} else {
			PUT(c);
		}
	}
	PUT('"');
#undef PUT
	if (len)
		buf[n < len ? n : len - 1] = '\0';
	return n;
}

/* ---- the findings of a file ---- */

struct finding {
	struct pc_finding pub;
	const void *key;	/* the origin: one report per release and origin */
	int seq;		/* the order of reports, for equal places */
	char *file;
};

static struct finding *findings;
static int nr_findings, max_findings, total;

static int same_place(struct pc_pos a, struct pc_pos b)
{
	return a.line == b.line && a.col == b.col &&
	       !strcmp(a.file ? a.file : "", b.file ? b.file : "");
}

/* NULL when this release already has a finding for @key (or its note) */
static struct finding *new_finding(enum pc_check check, struct pc_pos pos,
				   const void *key, const char *note)
{
	struct finding *f;
	int i;

	for (i = 0; i < nr_findings; i++) {
		f = &findings[i];
		if (f->key == key && same_place(f->pub.pos, pos) &&
		    (!note || !strcmp(note, f->pub.msg)))
			return NULL;
	}
	if (nr_findings == max_findings) {
		max_findings = max_findings ? 2 * max_findings : 16;
		findings = pc_xrealloc(findings, max_findings * sizeof(*findings));
	}
	f = &findings[nr_findings];
	memset(f, 0, sizeof(*f));
	f->pub.check = check;
	f->file = pc_xstrdup(pos.file ? pos.file : "?");
	f->pub.pos = pos;
	f->pub.pos.file = f->file;
	f->key = key;
	f->seq = nr_findings++;
	if (check < NR_PC_FINDING_CHECKS)
		total++;
	return f;
}

int report_seen(struct pc_pos pos, const void *key)
{
	int i;

	for (i = 0; i < nr_findings; i++)
		if (findings[i].key == key && same_place(findings[i].pub.pos, pos))
			return 1;
	return 0;
}

/* sparse's buffer bounds a message: the same words in every front end */
void report_add(enum pc_check check, struct pc_pos pos, const void *key,
		char *msg, char *json, struct pc_edit *fix)
{
	struct finding *fd = new_finding(check, pos, key, NULL);

	if (!fd) {
		free(msg);
		free(json);
		fix_free(fix);
		return;
	}
	fd->pub.fix = fix;
	if (msg && strlen(msg) >= MSG_MAX)
		msg[MSG_MAX - 1] = '\0';
	fd->pub.msg = msg ? msg : pc_xstrdup("");
	fd->pub.json = json;
}

void pc_report_note(struct pc_pos pos, const char *msg)
{
	struct finding *fd = new_finding(PC_NOTE, pos, NULL, msg);

	if (!fd)
		return;
	fd->pub.msg = pc_xstrdup(msg);
	fd->pub.json = pc_xstrdup("");
}

void report_drop_fixes(struct pc_pos at, enum pc_check check)
{
	int i;

	for (i = 0; i < nr_findings; i++) {
		struct finding *f = &findings[i];
		const struct pc_edit *e = f->pub.fix;

		if (e && f->pub.check == check && e->line == at.line && at.file &&
		    !strcmp(e->file, at.file)) {
			fix_free((struct pc_edit *)e);
			f->pub.fix = NULL;
		}
	}
}

/* ---- output ---- */

static int cmp_finding(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;

	if (x->pub.pos.file_order != y->pub.pos.file_order)
		return x->pub.pos.file_order < y->pub.pos.file_order ? -1 : 1;
	if (x->pub.pos.line != y->pub.pos.line)
		return x->pub.pos.line - y->pub.pos.line;
	if (x->pub.pos.col != y->pub.pos.col)
		return x->pub.pos.col - y->pub.pos.col;
	return x->seq - y->seq;
}

int pc_report_take(void (*fn)(const struct pc_finding *f, void *data),
		   void *data)
{
	int i, n = 0;

	qsort(findings, nr_findings, sizeof(*findings), cmp_finding);
	for (i = 0; i < nr_findings; i++) {
		struct finding *f = &findings[i];

		fn(&f->pub, data);
		n += f->pub.check < NR_PC_FINDING_CHECKS;
		free(f->file);
		free((char *)f->pub.msg);
		free((char *)f->pub.json);
		fix_free((struct pc_edit *)f->pub.fix);
	}
	nr_findings = 0;
	return n;
}

static void print_text(const struct pc_finding *f, const struct pc_output *o)
{
	const char *kind = f->check == PC_NOTE ? "note: " :
			   o->as_error ? "error: " : "warning: ";

	fprintf(stderr, "%s:%d:%d: %s%s%s", f->pos.file, f->pos.line,
		f->pos.col, o->prefix ? o->prefix : "", kind, f->msg);
	if (f->check != PC_NOTE)
		fprintf(stderr, " [%s]", pc_check_id(f->check));
	fputc('\n', stderr);
}

/* ,"fix":{"file":...,"line":...,"column":...,"end_column":...,"text":...} */
static void json_fix(struct sbuf *b, const struct pc_edit *e)
{
	int first = 1;

	sb_printf(b, ",\"fix\":{");
	sb_json_member(b, &first, "file", e->file);
	sb_json_int(b, &first, "line", e->line);
	sb_json_int(b, &first, "column", e->start);
	sb_json_int(b, &first, "end_column", e->end);
	sb_json_member(b, &first, "text", e->text);
	sb_printf(b, "}");
}

static void print_json(const struct pc_finding *f, const struct pc_output *o)
{
	struct sbuf b = { 0 };
	int first = 1;

	sb_printf(&b, "{");
	sb_json_member(&b, &first, "file", f->pos.file);
	sb_json_int(&b, &first, "line", f->pos.line);
	sb_json_int(&b, &first, "column", f->pos.col);
	sb_json_member(&b, &first, "severity",
		       f->check == PC_NOTE || f->check == PC_UNDECIDED ? "note" :
		       o->as_error ? "error" : "warning");
	sb_json_member(&b, &first, "check", pc_check_id(f->check));
	sb_json_member(&b, &first, "message", f->msg);
	sb_printf(&b, "%s", f->json);
	if (f->fix)
		json_fix(&b, f->fix);
	printf("%s}\n", b.s);
	free(b.s);
}

static void print_one(const struct pc_finding *f, void *data)
{
	const struct pc_output *o = data;

	if (o->format == PC_JSON)
		print_json(f, o);
	else if (f->check != PC_UNDECIDED)
		print_text(f, o);
}

int pc_report_flush(const struct pc_output *out)
{
	int n;

	fflush(stdout);
	n = pc_report_take(print_one, (void *)out);
	fflush(stdout);
	return n;
}

void pc_report_unchecked(const struct pc_output *out, const char *file,
			 const char *why)
{
	struct sbuf m = { 0 };
	struct finding f = { .pub = {
		.check = PC_UNCHECKED, .pos = { .file = file }, .json = "",
	} };

	if (out->format != PC_JSON)
		return;
	sb_printf(&m, "not checked: %s", why);
	f.pub.msg = m.s;
	fflush(stdout);
	print_json(&f.pub, &(struct pc_output){ .format = PC_JSON, .as_error = 1 });
	fflush(stdout);
	free(m.s);
}

int pc_report_count(void)
{
	return total;
}

int pc_parse_format(const char *name, enum pc_format *f)
{
	if (!strcmp(name, "text"))
		*f = PC_TEXT;
	else if (!strcmp(name, "json"))
		*f = PC_JSON;
	else
		return -1;
	return 0;
}
