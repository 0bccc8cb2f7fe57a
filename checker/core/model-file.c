// SPDX-License-Identifier: GPL-2.0
/*
 * core/model-file.c - the run-time model file (--model=FILE): the lines
 * of apis.def, read at run time into the table of model.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model-file.h"
#include "util.h"

#define MAX_WORDS	7

struct model_line {
	const char *path;
	int lineno;
	char *words[MAX_WORDS];
	int nr;
};

static int bad_line(const struct model_line *ml, const char *why)
{
	fprintf(stderr, "%s:%d: error: %s\n", ml->path, ml->lineno, why);
	return -1;
}

static int parse_enum(const char *word, const char *const names[], int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(word, names[i]))
			return i;
	return -1;
}

static int parse_number(const char *word, int *out)
{
	char *end;
	long v = strtol(word, &end, 10);

	if (!*word || *end || v < 0 || v > 16)
		return -1;
	*out = v;
	return 0;
}

static int parse_family(const char *word, unsigned *fam)
{
	static const char *const names[] = { "PIN", "GET", "COND", "OWN" };
	static const unsigned bits[] = { FAM_PIN, FAM_GET, FAM_COND, FAM_OWN };
	int i = parse_enum(word, names, 4);

	if (i < 0)
		return -1;
	*fam = bits[i];
	return 0;
}

/* "UBUF", "KVEC|BVEC", "USER": a set of iterator kinds. */
static int parse_kinds(const char *word, unsigned *kinds)
{
	static const char *const names[] = {
		"UBUF", "IOVEC", "KVEC", "BVEC", "XARRAY", "FOLIOQ",
		"DISCARD", "PIPE", "USER"
	};
	char buf[128], *k, *save;

	if (strlen(word) >= sizeof(buf))
		return -1;
	strcpy(buf, word);
	*kinds = 0;
	for (k = strtok_r(buf, "|", &save); k; k = strtok_r(NULL, "|", &save)) {
		int i = parse_enum(k, names, NR_ITER_KINDS + 1);

		if (i < 0)
			return -1;
		*kinds |= i == NR_ITER_KINDS ? KIND_USER : 1u << i;
	}
	return *kinds ? 0 : -1;
}

/* ITER_TEST(name, arg, kinds), ITER_TYPE(name, arg), ITER_MAKE(...) */
static int parse_iter(struct model_line *ml, struct pc_api *api)
{
	char **w = ml->words;
	int want = strcmp(w[0], "ITER_TYPE") ? 4 : 3;

	if (ml->nr != want)
		return bad_line(ml, "expected ITER_TEST(name, arg, kinds), "
				"ITER_TYPE(name, arg) or ITER_MAKE(name, arg, kinds)");
	api->role = !strcmp(w[0], "ITER_TEST") ? ROLE_ITER_TEST :
		    !strcmp(w[0], "ITER_TYPE") ? ROLE_ITER_TYPE : ROLE_ITER_MAKE;
	if (parse_number(w[2], &api->arg) || !api->arg)
		return bad_line(ml, "iterator argument must be 1 to 16");
	if (want == 4 && parse_kinds(w[3], &api->kinds))
		return bad_line(ml, "kinds must be UBUF, IOVEC, KVEC, BVEC, XARRAY, "
				"FOLIOQ, DISCARD, PIPE or USER, joined by '|'");
	return 0;
}

static int parse_shape(const char *word, enum pc_shape *shape)
{
	static const char *const names[] = {
		"PAGE", "ARRAY", "ALLOC", "BVEC", "LIST"
	};
	int i = parse_enum(word, names, 5);

	if (i < 0)
		return -1;
	*shape = (enum pc_shape)i;
	return 0;
}

/* Split "KIND(a, b, c)" into words; returns the count or -1. */
static int split_line(char *s, struct model_line *ml)
{
	char *open = strchr(s, '('), *close = strrchr(s, ')'), *w;

	if (!open || !close || close < open)
		return -1;
	*open = *close = '\0';
	while (isspace((unsigned char)*s))
		s++;
	for (w = open - 1; w >= s && isspace((unsigned char)*w); w--)
		*w = '\0';
	ml->nr = 0;
	ml->words[ml->nr++] = s;
	for (w = strtok(open + 1, ", \t"); w; w = strtok(NULL, ", \t")) {
		if (ml->nr == MAX_WORDS)
			return -1;
		ml->words[ml->nr++] = w;
	}
	for (w = close + 1; *w; w++)
		if (!isspace((unsigned char)*w))
			return -1;
	return ml->nr;
}

static int parse_entry(struct model_line *ml, struct pc_api *api)
{
	char **w = ml->words;

	memset(api, 0, sizeof(*api));
	if (!strcmp(w[0], "RELEASE_IF") && ml->nr == 7) {
		/* RELEASE_IF(ENUMERATOR, then RELEASE's words) */
		api->requires = w[1];
		memmove(&w[1], &w[2], (ml->nr - 2) * sizeof(w[0]));
		w[0] = "RELEASE";
		ml->nr--;
	}
	if (ml->nr < 2)
		return bad_line(ml, "an entry names its call first");
	api->name = w[1];
	if (!strcmp(w[0], "ACQUIRE") && (ml->nr == 5 || ml->nr == 6)) {
		/* the count is optional in a user's file */
		api->role = ROLE_ACQUIRE;
		if (parse_family(w[2], &api->family))
			return bad_line(ml, "family must be PIN, GET or COND");
		if (ml->nr == 6 && parse_number(w[5], &api->count_arg))
			return bad_line(ml, "count argument must be 0 (none) to 16");
	} else if (!strcmp(w[0], "ACQUIRE_FLAGS") && ml->nr == 5) {
		api->role = ROLE_ACQUIRE;
		api->family = FAM_FLAGS;
		if (parse_number(w[2], &api->flags_arg) || !api->flags_arg)
			return bad_line(ml, "flags argument must be 1 to 16");
	} else if (!strcmp(w[0], "RELEASE") && ml->nr == 6) {
		/* COND: unpins what was pinned, by a flag it tests itself */
		api->role = ROLE_RELEASE;
		if (parse_family(w[2], &api->family) || api->family == FAM_OWN)
			return bad_line(ml, "release family must be PIN, GET or COND");
		api->cure = w[5];
	} else if (!strcmp(w[0], "ARRAY_FREE") && ml->nr == 3) {
		api->role = ROLE_ARRAY_FREE;
		if (parse_number(w[2], &api->arg) || !api->arg)
			return bad_line(ml, "argument must be 1 to 16");
		return 0;
	} else if (!strcmp(w[0], "PRINTS") && ml->nr == 2) {
		api->role = ROLE_PRINTS;
		return 0;
	} else if (!strcmp(w[0], "BORROWS") && ml->nr == 2) {
		api->role = ROLE_BORROWS;
		return 0;
	} else if (!strcmp(w[0], "SAME_ARGS") && ml->nr == 2) {
		api->role = ROLE_SAME_ARGS;
		return 0;
	} else if (!strcmp(w[0], "PIN_TEST") && ml->nr == 2) {
		/* before ITER_TEST: the answer of iov_iter_extract_will_pin() */
		api->role = ROLE_ITER_TEST;
		api->arg = 1;
		api->kinds = KIND_USER;
		return 0;
	} else if (!strncmp(w[0], "ITER_", 5)) {
		return parse_iter(ml, api);
	} else {
		return bad_line(ml, "expected ACQUIRE(name, family, arg, shape[, count]), "
				"ACQUIRE_FLAGS(name, flags_arg, arg, shape), "
				"RELEASE(name, family, arg, shape, cure), "
				"RELEASE_IF(enumerator, name, family, arg, shape, cure), "
				"ARRAY_FREE(name, arg), ITER_TEST(name, arg, kinds), "
				"ITER_TYPE(name, arg), ITER_MAKE(name, arg, kinds), "
				"PRINTS(name), BORROWS(name) or SAME_ARGS(name)");
	}
	if (parse_number(w[3], &api->arg))
		return bad_line(ml, "argument must be 0 (return value) to 16");
	if (parse_shape(w[4], &api->shape))
		return bad_line(ml, "shape must be PAGE, ARRAY, ALLOC, BVEC or LIST");
	if (api->role == ROLE_RELEASE && api->arg == 0)
		return bad_line(ml, "a release takes its pages in an argument");
	return 0;
}

/* Remove comments (C and '#' style) in place; *in_comment spans lines. */
static void strip_comments(char *s, int *in_comment)
{
	char *r = s, *w = s;

	while (*r) {
		if (*in_comment) {
			if (r[0] == '*' && r[1] == '/') {
				*in_comment = 0;
				r += 2;
			} else {
				r++;
			}
		} else if (r[0] == '/' && r[1] == '*') {
			*in_comment = 1;
			r += 2;
		} else if ((r[0] == '/' && r[1] == '/') || r[0] == '#') {
			break;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
}

static int blank(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return !*s;
}

/*
 * The words of @api live in the line buffer: the table keeps copies.
 * -1 for a SAME_ARGS line that names no release.
 */
static int add_copy(struct pc_api *api)
{
	if (api->role == ROLE_SAME_ARGS)
		return pc_model_add(api);
	api->name = pc_xstrdup(api->name);
	api->cure = api->cure ? pc_xstrdup(api->cure) : NULL;
	api->requires = api->requires ? pc_xstrdup(api->requires) : NULL;
	return pc_model_add(api);
}

/* Returns 0, or -1 after printing why (the caller exits). */
int pc_model_load_file(const char *path, const char *prog)
{
	struct model_line ml = { .path = path };
	char buf[512];
	int in_comment = 0, ret = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		fprintf(stderr, "%s: cannot read model file '%s': %s\n",
			prog, path, strerror(errno));
		return -1;
	}
	while (fgets(buf, sizeof(buf), f)) {
		struct pc_api api;

		ml.lineno++;
		if (!strchr(buf, '\n') && !feof(f)) {
			ret = bad_line(&ml, "line too long");
			break;
		}
		strip_comments(buf, &in_comment);
		if (blank(buf))
			continue;
		if (split_line(buf, &ml) < 0) {
			ret = bad_line(&ml, "not a model line: expected KIND(name, ...)");
			break;
		}
		if (parse_entry(&ml, &api)) {
			ret = -1;
			break;
		}
		if (add_copy(&api)) {
			ret = bad_line(&ml, "SAME_ARGS names no RELEASE before it");
			break;
		}
	}
	if (ferror(f)) {
		fprintf(stderr, "%s: cannot read model file '%s': %s\n",
			prog, path, strerror(errno));
		ret = -1;
	}
	fclose(f);
	return ret;
}
