// SPDX-License-Identifier: GPL-2.0
/*
 * model.c - the API model: which calls take and drop page references.
 *
 * The table itself is apis.def; this file turns it, and a user's model
 * file in the same form, into entries looked up by identifier.  It is the
 * one place that decides the family of a call.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

#define MODEL_HASH	256

static struct pc_api *model_hash[MODEL_HASH];

static const struct pc_api builtin_apis[] = {
#define ACQUIRE(n, fam, a, shp, cnt) \
	{ .name = #n, .role = ROLE_ACQUIRE, .family = FAM_##fam, .arg = a, \
	  .shape = SHAPE_##shp, .count_arg = cnt },
#define ACQUIRE_FLAGS(n, farg, a, shp) \
	{ .name = #n, .role = ROLE_ACQUIRE, .family = FAM_FLAGS, .arg = a, \
	  .flags_arg = farg, .shape = SHAPE_##shp },
#define RELEASE(n, fam, a, shp, c) \
	{ .name = #n, .role = ROLE_RELEASE, .family = FAM_##fam, .arg = a, \
	  .shape = SHAPE_##shp, .cure = #c },
#define ARRAY_FREE(n, a) \
	{ .name = #n, .role = ROLE_ARRAY_FREE, .arg = a },
#define PIN_TEST(n) \
	{ .name = #n, .role = ROLE_PIN_TEST },
#include "apis.def"
#undef ACQUIRE
#undef ACQUIRE_FLAGS
#undef RELEASE
#undef ARRAY_FREE
#undef PIN_TEST
};

static unsigned int ident_hash(const struct ident *ident)
{
	return ((unsigned long)ident >> 4) % MODEL_HASH;
}

/* A later entry for the same name replaces the earlier one. */
static void model_add(const struct pc_api *tmpl)
{
	struct pc_api *api = malloc(sizeof(*api));
	struct pc_api **p;

	if (!api)
		die("pincheck: out of memory");
	*api = *tmpl;
	api->ident = built_in_ident(api->name);
	api->next = NULL;
	for (p = &model_hash[ident_hash(api->ident)]; *p; p = &(*p)->next) {
		if ((*p)->ident == api->ident) {
			api->next = (*p)->next;
			break;
		}
	}
	*p = api;
}

void model_init(void)
{
	size_t i;

	for (i = 0; i < sizeof(builtin_apis) / sizeof(builtin_apis[0]); i++)
		model_add(&builtin_apis[i]);
}

const struct pc_api *model_lookup(const struct ident *ident)
{
	const struct pc_api *api;

	if (!ident)
		return NULL;
	for (api = model_hash[ident_hash(ident)]; api; api = api->next)
		if (api->ident == ident)
			return api;
	return NULL;
}

void model_foreach(void (*fn)(const struct pc_api *api, void *data), void *data)
{
	struct pc_api *api;
	int i;

	for (i = 0; i < MODEL_HASH; i++)
		for (api = model_hash[i]; api; api = api->next)
			fn(api, data);
}

const char *family_name(unsigned family)
{
	switch (family) {
	case FAM_PIN:	return "PIN";
	case FAM_GET:	return "GET";
	case FAM_COND:	return "COND";
	case FAM_FLAGS:	return "FLAGS";
	}
	return "?";
}

/* ---- the run-time model file: the same lines as apis.def ---- */

struct model_line {
	const char *path;
	int lineno;
	char *words[6];
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
	static const char *const names[] = { "PIN", "GET", "COND" };
	static const unsigned bits[] = { FAM_PIN, FAM_GET, FAM_COND };
	int i = parse_enum(word, names, 3);

	if (i < 0)
		return -1;
	*fam = bits[i];
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
	*shape = i;
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
		if (ml->nr == 6)
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
	if (ml->nr < 2)
		return bad_line(ml, "an entry names its call first");
	api->name = strdup(w[1]);
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
		api->role = ROLE_RELEASE;
		if (parse_family(w[2], &api->family) || api->family == FAM_COND)
			return bad_line(ml, "release family must be PIN or GET");
		api->cure = strdup(w[5]);
	} else if (!strcmp(w[0], "ARRAY_FREE") && ml->nr == 3) {
		api->role = ROLE_ARRAY_FREE;
		if (parse_number(w[2], &api->arg) || !api->arg)
			return bad_line(ml, "argument must be 1 to 16");
		return 0;
	} else if (!strcmp(w[0], "PIN_TEST") && ml->nr == 2) {
		api->role = ROLE_PIN_TEST;
		return 0;
	} else {
		return bad_line(ml, "expected ACQUIRE(name, family, arg, shape[, count]), "
				"ACQUIRE_FLAGS(name, flags_arg, arg, shape), "
				"RELEASE(name, family, arg, shape, cure), "
				"ARRAY_FREE(name, arg) or PIN_TEST(name)");
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

/* Returns 0, or -1 after printing why (the caller exits). */
int model_load_file(const char *path)
{
	struct model_line ml = { .path = path };
	char buf[512];
	int in_comment = 0, ret = 0;
	FILE *f = fopen(path, "r");

	if (!f) {
		fprintf(stderr, "pincheck: cannot read model file '%s': %s\n",
			path, strerror(errno));
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
		model_add(&api);
	}
	if (ferror(f)) {
		fprintf(stderr, "pincheck: cannot read model file '%s': %s\n",
			path, strerror(errno));
		ret = -1;
	}
	fclose(f);
	return ret;
}
