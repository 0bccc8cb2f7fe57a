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
#define PIN_TEST(n) \
	{ .name = #n, .role = ROLE_PIN_TEST },
#include "../apis.def"
#undef ACQUIRE
#undef ACQUIRE_FLAGS
#undef RELEASE
#undef ARRAY_FREE
#undef PIN_TEST
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

/* A later entry for the same name replaces the earlier one. */
void pc_model_add(const struct pc_api *tmpl)
{
	size_t len = strlen(tmpl->name);
	struct pc_api *api = pc_xcalloc(1, sizeof(*api));
	struct pc_api **p;

	*api = *tmpl;
	api->next = NULL;
	for (p = &model_hash[name_hash(api->name, len)]; *p; p = &(*p)->next) {
		if (same_name(*p, api->name, len)) {
			api->next = (*p)->next;
			break;
		}
	}
	*p = api;
}

void pc_model_init(void)
{
	size_t i;

	for (i = 0; i < sizeof(builtin_apis) / sizeof(builtin_apis[0]); i++)
		pc_model_add(&builtin_apis[i]);
}

const struct pc_api *pc_model_lookup(const char *name, size_t len)
{
	const struct pc_api *api;

	if (!name || !len)
		return NULL;
	for (api = model_hash[name_hash(name, len)]; api; api = api->next)
		if (same_name(api, name, len))
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
	}
	return "?";
}
