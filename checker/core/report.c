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

#include "report.h"

#define MSG_MAX	480	/* sparse's own buffer is 512 */

static const char *const check_ids[NR_PC_CHECKS] = {
	[PC_WRONG_RELEASE]	= "pincheck-wrong-release",
	[PC_COND_PIN]		= "pincheck-cond-pin",
	[PC_PARTIAL_PIN]	= "pincheck-partial-pin",
	[PC_NOTE]		= "pincheck-note",
	[PC_UNCHECKED]		= "pincheck-unchecked",
};

const char *pc_check_id(enum pc_check check)
{
	return check < NR_PC_CHECKS ? check_ids[check] : "pincheck";
}

/* ---- a growing string ---- */

struct sbuf {
	char *s;
	size_t len, cap;
};

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		fprintf(stderr, "pincheck: out of memory\n");
		exit(1);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xrealloc(NULL, n), s, n);
}

static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		size_t room = b->cap - b->len;

		va_start(ap, fmt);
		n = vsnprintf(b->s ? b->s + b->len : NULL, room, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < room)
			break;
		b->cap = (b->cap + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	b->len += n;
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

/*
 * JSON members: "key":value, with a comma before all but an object's
 * first (*@first says which).
 */
static void j_key(struct sbuf *b, int *first, const char *key)
{
	sb_printf(b, "%s\"%s\":", *first ? "" : ",", key);
	*first = 0;
}

static void j_str(struct sbuf *b, int *first, const char *key, const char *s)
{
	size_t n;

	j_key(b, first, key);
	if (!s) {
		sb_printf(b, "null");
		return;
	}
	n = pc_json_string(NULL, 0, s) + 1;
	if (b->cap - b->len < n) {
		b->cap = (b->cap + n) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	b->len += pc_json_string(b->s + b->len, n, s);
}

static void j_int(struct sbuf *b, int *first, const char *key, long v)
{
	j_key(b, first, key);
	sb_printf(b, "%ld", v);
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
		findings = xrealloc(findings, max_findings * sizeof(*findings));
	}
	f = &findings[nr_findings];
	memset(f, 0, sizeof(*f));
	f->pub.check = check;
	f->file = xstrdup(pos.file ? pos.file : "?");
	f->pub.pos = pos;
	f->pub.pos.file = f->file;
	f->key = key;
	f->seq = nr_findings++;
	if (check != PC_NOTE)
		total++;
	return f;
}

/* sparse's buffer bounds a message: the same words in every front end */
static void set_message(struct finding *f, struct sbuf *msg, struct sbuf *json)
{
	if (msg->len >= MSG_MAX)
		msg->s[MSG_MAX - 1] = '\0';
	f->pub.msg = msg->s;
	f->pub.json = json->s ? json->s : xstrdup("");
}

static const char *fn_name(const char *fn)
{
	return fn ? fn : "?";
}

static const char *family_word(unsigned fam)
{
	return fam == FAM_PIN ? "pin" : fam == FAM_GET ? "get" :
	       fam == FAM_COND ? "cond" : "unknown";
}

/* "key":{"call":...,"family":...,"file":...,"line":...,"function":...} */
static void json_call(struct sbuf *b, const char *key, const char *call,
		      unsigned fam, struct pc_pos pos, const char *fn)
{
	int first = 0, inner = 1;

	j_key(b, &first, key);
	sb_printf(b, "{");
	j_str(b, &inner, "call", call);
	j_str(b, &inner, "family", family_word(fam));
	j_str(b, &inner, "file", pos.file);
	j_int(b, &inner, "line", pos.line);
	j_str(b, &inner, "function", fn);
	sb_printf(b, "}");
}

static int same_file(struct pc_pos a, struct pc_pos b)
{
	return a.file && b.file && !strcmp(a.file, b.file);
}

static int same_fn(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* "at line 98", "at drivers/x.c:98", then " in foo()" if elsewhere */
static void describe_site(struct sbuf *b, struct pc_pos pos, const char *fn,
			  const struct pc_rel *rel)
{
	if (same_file(pos, rel->pos))
		sb_printf(b, "at line %d", pos.line);
	else
		sb_printf(b, "at %s:%d", pos.file ? pos.file : "?", pos.line);
	if (fn && !same_fn(fn, rel->fn))
		sb_printf(b, " in %s()", fn);
}

static void describe_origin(struct sbuf *b, const struct pc_acq *o,
			    const struct pc_rel *rel)
{
	if (!o) {
		sb_printf(b, "an acquisition");
		return;
	}
	sb_printf(b, "%s() ", o->api->name);
	describe_site(b, o->pos, o->fn, rel);
}

/* The call that releases: another file's function is named by its own. */
static const char *releaser(const struct pc_rel *rel)
{
	return rel->via.line ? fn_name(rel->via_callee) : rel->api->name;
}

static const char *noun(const struct pc_api *api, int mixed)
{
	if (api->shape == SHAPE_PAGE)
		return mixed ? "a page that may be" : "a page";
	return mixed ? "pages that may be" : "pages";
}

/* " in helper()" when the release is reached through a call to it */
static void describe_release_fn(struct sbuf *b, const struct pc_rel *rel)
{
	if (rel->caller)
		sb_printf(b, " in %s()", fn_name(rel->fn));
}

/* The members that name the release call, and the calls to reach it. */
static void json_release(struct sbuf *j, const struct pc_rel *rel)
{
	int first = 0, inner = 1;

	if (rel->via.line)
		json_call(j, "release", rel->api->name, rel->api->family,
			  rel->via, rel->via_fn);
	else
		json_call(j, "release", rel->api->name, rel->api->family,
			  rel->pos, rel->fn);
	if (!rel->caller && !rel->via.line)
		return;
	j_key(j, &first, "through");
	sb_printf(j, "{");
	if (rel->via.line) {
		j_str(j, &inner, "function", rel->via_callee);
		j_int(j, &inner, "line", rel->pos.line);
		j_str(j, &inner, "caller", rel->fn);
	} else {
		j_str(j, &inner, "function", rel->callee);
		j_int(j, &inner, "line", rel->call_line);
		j_str(j, &inner, "caller", rel->caller);
	}
	sb_printf(j, "}");
}

static void json_acq(struct sbuf *j, const char *key, const struct pc_acq *o)
{
	if (o)
		json_call(j, key, o->api->name, o->fam, o->pos, o->fn);
}

void pc_report_release(const struct pc_rel *rel, unsigned wrong,
		       const struct pc_acq *bad, const struct pc_acq *good,
		       const void *key)
{
	struct finding *fd = new_finding(PC_WRONG_RELEASE, rel->pos, key, NULL);
	struct sbuf m = { 0 }, j = { 0 };
	int mixed = good != NULL, first = 0;

	if (!fd)
		return;
	sb_printf(&m, "%s()", releaser(rel));
	describe_release_fn(&m, rel);
	sb_printf(&m, " releases %s %s by ", noun(rel->api, mixed),
		  wrong == FAM_PIN ? "pinned" : "got");
	describe_origin(&m, bad, rel);
	if (rel->via.line) {
		int deeper = rel->via_fn && rel->via_callee &&
			     !same_fn(rel->via_fn, rel->via_callee);

		sb_printf(&m, " with %s() at %s:%d", rel->api->name,
			  rel->via.file ? rel->via.file : "?", rel->via.line);
		if (deeper)
			sb_printf(&m, " in %s()", rel->via_fn);
	}
	if (rel->caller)
		sb_printf(&m, ", passed to %s() at line %d in %s()",
			  fn_name(rel->callee), rel->call_line,
			  fn_name(rel->caller));
	if (mixed) {
		sb_printf(&m, " (or %s by ", wrong == FAM_PIN ? "got" : "pinned");
		describe_origin(&m, good, rel);
		sb_printf(&m, ")");
	}
	if (wrong != FAM_PIN)
		sb_printf(&m, ", which %s no pin",
			  rel->api->shape == SHAPE_PAGE ? "holds" : "hold");
	sb_printf(&m, "; use %s()", rel->api->cure);
	if (mixed)
		sb_printf(&m, " for the %s ones",
			  wrong == FAM_PIN ? "pinned" : "got");
	json_release(&j, rel);
	json_acq(&j, "acquisition", bad);
	json_acq(&j, "other_acquisition", good);
	j_str(&j, &first, "cure", rel->api->cure);
	set_message(fd, &m, &j);
}

void pc_report_cond(const struct pc_rel *rel, const struct pc_acq *o,
		    const void *key)
{
	struct finding *fd = new_finding(PC_COND_PIN, rel->pos, key, NULL);
	struct sbuf m = { 0 }, j = { 0 };
	int put = rel->api->family == FAM_GET, first = 0;

	if (!fd)
		return;
	sb_printf(&m, "%s()", releaser(rel));
	describe_release_fn(&m, rel);
	sb_printf(&m, " releases %s %s ", noun(rel->api, 0),
		  put ? "that may be pinned by" : "extracted by");
	describe_origin(&m, o, rel);
	if (put)
		sb_printf(&m, "; use %s() when iov_iter_extract_will_pin()",
			  rel->api->cure);
	else
		sb_printf(&m, ", pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first");
	json_release(&j, rel);
	json_acq(&j, "acquisition", o);
	j_str(&j, &first, "cure", put ? rel->api->cure : NULL);
	set_message(fd, &m, &j);
}

void pc_report_partial(const struct pc_acq *acq, struct pc_pos exit,
		       struct pc_pos test)
{
	struct finding *fd = new_finding(PC_PARTIAL_PIN, exit, acq->api, NULL);
	struct sbuf m = { 0 }, j = { 0 };
	int pin = acq->api->family == FAM_PIN, first = 0, inner = 1;
	const char *cure = pin ? "unpin_user_pages" : "release_pages";

	if (!fd)
		return;
	sb_printf(&m, "pages %s by %s() at line %d leak here when it %s fewer than asked (the test at line %d); %s them first with %s()",
		  pin ? "pinned" : "got", acq->api->name, acq->pos.line,
		  pin ? "pins" : "gets", test.line, pin ? "unpin" : "release",
		  cure);
	json_acq(&j, "acquisition", acq);
	j_key(&j, &first, "short_test");
	sb_printf(&j, "{");
	j_str(&j, &inner, "file", test.file);
	j_int(&j, &inner, "line", test.line);
	sb_printf(&j, "}");
	j_str(&j, &first, "cure", cure);
	set_message(fd, &m, &j);
}

void pc_report_note(struct pc_pos pos, const char *msg)
{
	struct finding *fd = new_finding(PC_NOTE, pos, NULL, msg);
	struct sbuf m = { 0 }, j = { 0 };

	if (!fd)
		return;
	sb_printf(&m, "%s", msg);
	set_message(fd, &m, &j);
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
		n += f->pub.check != PC_NOTE;
		free(f->file);
		free((char *)f->pub.msg);
		free((char *)f->pub.json);
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

static void print_json(const struct pc_finding *f, const struct pc_output *o)
{
	struct sbuf b = { 0 };
	int first = 1;

	sb_printf(&b, "{");
	j_str(&b, &first, "file", f->pos.file);
	j_int(&b, &first, "line", f->pos.line);
	j_int(&b, &first, "column", f->pos.col);
	j_str(&b, &first, "severity", f->check == PC_NOTE ? "note" :
	      o->as_error ? "error" : "warning");
	j_str(&b, &first, "check", pc_check_id(f->check));
	j_str(&b, &first, "message", f->msg);
	printf("%s%s}\n", b.s, f->json);
	free(b.s);
}

static void print_one(const struct pc_finding *f, void *data)
{
	const struct pc_output *o = data;

	if (o->format == PC_JSON)
		print_json(f, o);
	else
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
