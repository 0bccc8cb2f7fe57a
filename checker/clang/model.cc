// SPDX-License-Identifier: GPL-2.0
/*
 * model.cc - the built-in table (apis.def, with our own macros) and the
 * user's model files, looked up by name.  A later entry for a name
 * replaces the earlier one, as in checker/model.c.
 */
#include <map>

#include "model.h"
#include "../model-file.h"

namespace pincheck {

static std::map<std::string, api_entry> table;

static void add(const api_entry &a)
{
	table[a.name] = a;
}

void model_init()
{
#define ACQUIRE(n, fam, a, shp, cnt) \
	add({ #n, ROLE_ACQUIRE, FAM_##fam, a, 0, cnt, SHAPE_##shp, "" });
#define ACQUIRE_FLAGS(n, farg, a, shp) \
	add({ #n, ROLE_ACQUIRE, FAM_FLAGS, a, farg, 0, SHAPE_##shp, "" });
#define RELEASE(n, fam, a, shp, c) \
	add({ #n, ROLE_RELEASE, FAM_##fam, a, 0, 0, SHAPE_##shp, #c });
#define ARRAY_FREE(n, a) \
	add({ #n, ROLE_ARRAY_FREE, 0, a, 0, 0, SHAPE_PAGE, "" });
#define PIN_TEST(n) \
	add({ #n, ROLE_PIN_TEST, 0, 0, 0, 0, SHAPE_PAGE, "" });
#include "../apis.def"
#undef ACQUIRE
#undef ACQUIRE_FLAGS
#undef RELEASE
#undef ARRAY_FREE
#undef PIN_TEST
}

/* model-file.c's words, in our vocabulary (the enums share values) */
static void add_file_entry(const struct mf_entry *e, void *)
{
	/* indexed by enum mf_role, in its order */
	static const api_role roles[] = {
		ROLE_ACQUIRE, ROLE_ACQUIRE, ROLE_RELEASE, ROLE_ARRAY_FREE,
		ROLE_PIN_TEST,
	};
	api_entry a = { e->name, roles[e->role],
		  e->role == MF_ACQUIRE_FLAGS ? (unsigned)FAM_FLAGS : e->family,
		  e->arg, e->flags_arg, e->count_arg, (api_shape)e->shape,
		  e->cure ? e->cure : "" };

	add(a);
}

int model_load_file(const char *path)
{
	return model_file_read(path, "pincheck-clang", add_file_entry, nullptr);
}

const api_entry *model_lookup(const std::string &name)
{
	auto it = table.find(name);

	return it == table.end() ? nullptr : &it->second;
}

} // namespace pincheck
