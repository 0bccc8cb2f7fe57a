// SPDX-License-Identifier: GPL-2.0
/*
 * model.c - the API model: which calls take and drop page references.
 *
 * The table itself is apis.def; this file turns it, and a user's model
 * file in the same form, into entries looked up by identifier.  It is the
 * one place that decides the family of a call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "model-file.h"

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

/* ---- the run-time model file (parsed by model-file.c) ---- */

static void add_file_entry(const struct mf_entry *e, void *unused)
{
	static const unsigned roles[] = {
		[MF_ACQUIRE] = ROLE_ACQUIRE, [MF_ACQUIRE_FLAGS] = ROLE_ACQUIRE,
		[MF_RELEASE] = ROLE_RELEASE, [MF_ARRAY_FREE] = ROLE_ARRAY_FREE,
		[MF_PIN_TEST] = ROLE_PIN_TEST,
	};
	struct pc_api api = {
		.name = strdup(e->name), .role = roles[e->role],
		.family = e->role == MF_ACQUIRE_FLAGS ? FAM_FLAGS : e->family,
		.arg = e->arg, .flags_arg = e->flags_arg,
		.count_arg = e->count_arg, .shape = (enum pc_shape)e->shape,
		.cure = e->cure ? strdup(e->cure) : NULL,
	};

	if (!api.name || (e->cure && !api.cure))
		die("pincheck: out of memory");
	model_add(&api);
}

/* Returns 0, or -1 after printing why (the caller exits). */
int model_load_file(const char *path)
{
	return model_file_read(path, "pincheck", add_file_entry, NULL);
}
