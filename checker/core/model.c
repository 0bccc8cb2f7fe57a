// SPDX-License-Identifier: GPL-2.0
/*
 * core/model.c - the API model: which calls take and drop page references.
 *
 * The table itself is apis.def; this file turns it, and a user's model
 * file in the same form (model-file.c), into entries looked up by name.
 * It is the one place that decides the family of a call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "model-file.h"
#include "util.h"

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
#define RELEASE_IF(e, n, fam, a, shp, c) \
	{ .name = #n, .role = ROLE_RELEASE, .family = FAM_##fam, .arg = a, \
	  .shape = SHAPE_##shp, .cure = #c, .requires = #e },
#define ITER_TEST(n, a, k) \
	{ .name = #n, .role = ROLE_ITER_TEST, .arg = a, .kinds = KINDS(k) },
#define ITER_TYPE(n, a) \
	{ .name = #n, .role = ROLE_ITER_TYPE, .arg = a },
#define ITER_MAKE(n, a, k) \
	{ .name = #n, .role = ROLE_ITER_MAKE, .arg = a, .kinds = KINDS(k) },
#define PRINTS(n) \
	{ .name = #n, .role = ROLE_PRINTS },
#define BORROWS(n) \
	{ .name = #n, .role = ROLE_BORROWS },
#define SAME_ARGS(n) \
	{ .name = #n, .role = ROLE_SAME_ARGS },
#define KINDS(k)	KIND_##k
#include "../apis.def"
#undef ACQUIRE
#undef ACQUIRE_FLAGS
#undef RELEASE
#undef RELEASE_IF
#undef ARRAY_FREE
#undef ITER_TEST
#undef ITER_TYPE
#undef ITER_MAKE
#undef PRINTS
#undef BORROWS
#undef SAME_ARGS
#undef KINDS
};

/* names are looked up at every call of every pass */
static unsigned int name_hash(const char *name, size_t len)
{
	return pc_name_hash(name, len) % MODEL_HASH;
}

static int same_name(const struct pc_api *api, const char *name, size_t len)
{
	return !strncmp(api->name, name, len) && !api->name[len];
}

static int same_requires(const struct pc_api *a, const struct pc_api *b)
{
	if (!a->requires || !b->requires)
		return a->requires == b->requires;
	return !strcmp(a->requires, b->requires);
}

/*
 * A later entry for the same name (and the same requirement) replaces
 * the earlier one.  Entries with a requirement go first in their chain:
 * where they hold, they are the ones looked up.
 */
/* A SAME_ARGS line: marks the RELEASE entries of its name; 0: none */
static int mark_same_args(const char *name)
{
	size_t len = strlen(name);
	struct pc_api *api;
	int found = 0;

	for (api = model_hash[name_hash(name, len)]; api; api = api->next)
		if (same_name(api, name, len) && api->role == ROLE_RELEASE) {
			api->same_args = 1;
			found = 1;
		}
	return found;
}

int pc_model_add(const struct pc_api *tmpl)
{
	size_t len = strlen(tmpl->name);
	struct pc_api *api, **p, **head = &model_hash[name_hash(tmpl->name, len)];

	if (tmpl->role == ROLE_SAME_ARGS)
		return mark_same_args(tmpl->name) ? 0 : -1;
	api = pc_xcalloc(1, sizeof(*api));

	*api = *tmpl;
	api->next = NULL;
	for (p = head; *p; p = &(*p)->next) {
		if (same_name(*p, api->name, len) && same_requires(*p, api)) {
			api->next = (*p)->next;
			*p = api;
			return 0;
		}
	}
	if (api->requires) {
		api->next = *head;
		*head = api;
	} else {
		*p = api;
	}
	return 0;
}

void pc_model_select(int (*has_enum)(const char *name))
{
	struct pc_api *api;
	int i;

	for (i = 0; i < MODEL_HASH; i++)
		for (api = model_hash[i]; api; api = api->next)
			if (api->requires)
				api->active = has_enum && has_enum(api->requires);
}

void pc_model_init(void)
{
	size_t i;

	/* apis.def's SAME_ARGS lines follow the RELEASE lines they name */
	for (i = 0; i < sizeof(builtin_apis) / sizeof(builtin_apis[0]); i++)
		if (pc_model_add(&builtin_apis[i]))
			pc_die("apis.def: SAME_ARGS names no RELEASE before it");
}

const struct pc_api *pc_model_lookup(const char *name, size_t len)
{
	const struct pc_api *api;

	if (!name || !len)
		return NULL;
	for (api = model_hash[name_hash(name, len)]; api; api = api->next)
		if (same_name(api, name, len) && (!api->requires || api->active))
			return api;
	return NULL;
}

const struct pc_api *pc_model_lookup_name(const char *name)
{
	return name ? pc_model_lookup(name, strlen(name)) : NULL;
}

void pc_model_foreach(void (*fn)(const struct pc_api *api, void *data),
		      void *data)
{
	struct pc_api *api;
	int i;

	for (i = 0; i < MODEL_HASH; i++)
		for (api = model_hash[i]; api; api = api->next)
			fn(api, data);
}

const char *pc_family_name(unsigned family)
{
	switch (family) {
	case FAM_PIN:	return "PIN";
	case FAM_GET:	return "GET";
	case FAM_COND:	return "COND";
	case FAM_FLAGS:	return "FLAGS";
	case FAM_OWN:	return "OWN";
	}
	return "?";
}

const char *pc_kind_enum(unsigned kind)
{
	static const char *const names[NR_ITER_KINDS] = {
		"ITER_UBUF", "ITER_IOVEC", "ITER_KVEC", "ITER_BVEC",
		"ITER_XARRAY", "ITER_FOLIOQ", "ITER_DISCARD", "ITER_PIPE",
	};
	int i;

	for (i = 0; i < NR_ITER_KINDS; i++)
		if (kind & (1u << i))
			return names[i];
	return NULL;
}
