/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/words.h - what checks use to word their findings: a message and
 * its JSON members built side by side, and the phrases several checks
 * share (an acquisition "at line 98 in foo()", the release call, the
 * ends as JSON objects).  Each check says its own sentences
 * (core/checks/); report.c stores and prints what they made.
 */
#ifndef PINCHECK_CORE_WORDS_H
#define PINCHECK_CORE_WORDS_H

#include <stddef.h>

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

struct sbuf {
	char *s;
	size_t len, cap;
};

struct words {
	enum pc_check check;
	struct pc_pos pos;
	const void *key;
	struct sbuf msg;	/* the message */
	struct sbuf json;	/* its members after "message" */
	struct pc_edit *fix;	/* the edit that cures it (fix.h), or NULL */
};

/*
 * Starts the finding of @check at @pos for @key (its acquisition, say);
 * 0 when that finding was made already (nothing to word), 1 otherwise.
 */
int words_start(struct words *w, enum pc_check check, struct pc_pos pos,
		const void *key);
/* Adds to the message. */
void words_say(struct words *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Stores the finding (report.c prints it with the file's others). */
void words_end(struct words *w);

/* Phrases */
/* "iov_iter_pin_pages() at line 24 in foo()", or "an acquisition" */
void words_origin(struct words *w, const struct pc_acq *o,
		  const struct pc_rel *rel);
/* "put_page()" [" in helper()"]: the call that releases, as named */
void words_releaser(struct words *w, const struct pc_rel *rel);
/* "a page", "pages", "a page that may be", ... */
const char *words_noun(const struct pc_api *api, int mixed);

/*
 * The edit that cures the finding (core/fix.h), owned from here on: a
 * "fix" member of its JSON, a FixItHint in clang-tidy.
 */
void words_fix(struct words *w, struct pc_edit *fix);

/* JSON members */
void words_json_str(struct words *w, const char *key, const char *s);
void words_json_acq(struct words *w, const char *key,
		    const struct pc_acq *o);
/* "release" (where the call is) and "through" (the call to reach it) */
void words_json_release(struct words *w, const struct pc_rel *rel);
/* "key":{"file":...,"line":...} */
void words_json_place(struct words *w, const char *key, struct pc_pos pos);

/* For report.c: a built string, appended to, and JSON-quoted. */
void sb_printf(struct sbuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_json_member(struct sbuf *b, int *first, const char *key,
		    const char *s);
void sb_json_int(struct sbuf *b, int *first, const char *key, long v);

/* report.c's store: whether @key already has a finding at @pos, and add */
int report_seen(struct pc_pos pos, const void *key);
void report_add(enum pc_check check, struct pc_pos pos, const void *key,
		char *msg, char *json, struct pc_edit *fix);
/* Forgets the fix-its of @check's findings so far that edit line @at.line */
void report_drop_fixes(struct pc_pos at, enum pc_check check);

#ifdef __cplusplus
}
#endif

#endif
