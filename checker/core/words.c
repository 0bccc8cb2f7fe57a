// SPDX-License-Identifier: GPL-2.0
/*
 * core/words.c - the phrases findings share, and the builder checks word
 * their findings with (words.h).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix.h"
#include "util.h"
#include "words.h"

static void sb_vprintf(struct sbuf *b, const char *fmt, va_list args)
{
	va_list ap;
	int n;

	for (;;) {
		size_t room = b->cap - b->len;

		va_copy(ap, args);
		n = vsnprintf(b->s ? b->s + b->len : NULL, room, fmt, ap);
		va_end(ap);
		if (n >= 0 && (size_t)n < room)
			break;
		b->cap = (b->cap + n + 1) * 2;
		b->s = pc_xrealloc(b->s, b->cap);
	}
	b->len += n;
}

void sb_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
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

void sb_json_member(struct sbuf *b, int *first, const char *key,
		    const char *s)
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
		b->s = pc_xrealloc(b->s, b->cap);
	}
	b->len += pc_json_string(b->s + b->len, n, s);
}

void sb_json_int(struct sbuf *b, int *first, const char *key, long v)
{
	j_key(b, first, key);
	sb_printf(b, "%ld", v);
}

/* ---- the builder ---- */

int words_start(struct words *w, enum pc_check check, struct pc_pos pos,
		const void *key)
{
	memset(w, 0, sizeof(*w));
	w->check = check;
	w->pos = pos;
	w->key = key;
	return !report_seen(pos, key);
}

void words_say(struct words *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	sb_vprintf(&w->msg, fmt, ap);
	va_end(ap);
}

void words_fix(struct words *w, struct pc_edit *fix)
{
	fix_free(w->fix);
	w->fix = fix;
}

void words_end(struct words *w)
{
	if (!w->json.s)
		w->json.s = pc_xcalloc(1, 1);
	report_add(w->check, w->pos, w->key, w->msg.s, w->json.s, w->fix);
}

/* ---- phrases ---- */

static const char *fn_name(const char *fn)
{
	return fn ? fn : "?";
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
static void describe_site(struct words *w, struct pc_pos pos, const char *fn,
			  const struct pc_rel *rel)
{
	if (same_file(pos, rel->pos))
		words_say(w, "at line %d", pos.line);
	else
		words_say(w, "at %s:%d", pos.file ? pos.file : "?", pos.line);
	if (fn && !same_fn(fn, rel->fn))
		words_say(w, " in %s()", fn);
}

void words_origin(struct words *w, const struct pc_acq *o,
		  const struct pc_rel *rel)
{
	if (!o) {
		words_say(w, "an acquisition");
		return;
	}
	words_say(w, "%s() ", o->api->name);
	describe_site(w, o->pos, o->fn, rel);
}

/* The call that releases: another file's function is named by its own. */
void words_releaser(struct words *w, const struct pc_rel *rel)
{
	words_say(w, "%s()", rel->via.line ? fn_name(rel->via_callee) :
		  rel->api->name);
	if (rel->caller)
		words_say(w, " in %s()", fn_name(rel->fn));
}

const char *words_noun(const struct pc_api *api, int mixed)
{
	if (api->shape == SHAPE_PAGE)
		return mixed ? "a page that may be" : "a page";
	return mixed ? "pages that may be" : "pages";
}

/* ---- the ends as JSON ---- */

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
	sb_json_member(b, &inner, "call", call);
	sb_json_member(b, &inner, "family", family_word(fam));
	sb_json_member(b, &inner, "file", pos.file);
	sb_json_int(b, &inner, "line", pos.line);
	sb_json_member(b, &inner, "function", fn);
	sb_printf(b, "}");
}

void words_json_str(struct words *w, const char *key, const char *s)
{
	int first = 0;

	sb_json_member(&w->json, &first, key, s);
}

void words_json_acq(struct words *w, const char *key, const struct pc_acq *o)
{
	if (o)
		json_call(&w->json, key, o->api->name, o->fam, o->pos, o->fn);
}

void words_json_place(struct words *w, const char *key, struct pc_pos pos)
{
	int first = 0, inner = 1;

	j_key(&w->json, &first, key);
	sb_printf(&w->json, "{");
	sb_json_member(&w->json, &inner, "file", pos.file);
	sb_json_int(&w->json, &inner, "line", pos.line);
	sb_printf(&w->json, "}");
}

void words_json_release(struct words *w, const struct pc_rel *rel)
{
	struct sbuf *j = &w->json;
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
		sb_json_member(j, &inner, "function", rel->via_callee);
		sb_json_int(j, &inner, "line", rel->pos.line);
		sb_json_member(j, &inner, "caller", rel->fn);
	} else {
		sb_json_member(j, &inner, "function", rel->callee);
		sb_json_int(j, &inner, "line", rel->call_line);
		sb_json_member(j, &inner, "caller", rel->caller);
	}
	sb_printf(j, "}");
}
