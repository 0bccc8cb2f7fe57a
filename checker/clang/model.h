/* SPDX-License-Identifier: GPL-2.0 */
/*
 * model.h - the API model of pincheck-clang: checker/apis.def, and the
 * lines of the user's --model files (read by checker/model-file.c, the
 * parser the sparse front end uses too).
 */
#ifndef PINCHECK_CLANG_MODEL_H
#define PINCHECK_CLANG_MODEL_H

#include <string>

namespace pincheck {

/* Reference families: a bit set, as in checker/model.h. */
enum family : unsigned {
	FAM_PIN = 1,
	FAM_GET = 2,
	FAM_COND = 4,
	FAM_FLAGS = 8,
};

enum api_role { ROLE_ACQUIRE, ROLE_RELEASE, ROLE_ARRAY_FREE, ROLE_PIN_TEST };
enum api_shape { SHAPE_PAGE, SHAPE_ARRAY, SHAPE_ALLOC, SHAPE_BVEC, SHAPE_LIST };

struct api_entry {
	std::string name;
	api_role role;
	unsigned family;
	int arg;		/* 1-based; 0: the return value */
	int flags_arg;		/* FAM_FLAGS: the argument holding gup flags */
	int count_arg;		/* ACQUIRE: how many pages were asked for */
	api_shape shape;
	std::string cure;	/* RELEASE: the other family's call */
};

/* FOLL_PIN's value, include/linux/mm.h (5.6 to 6.1 and later) */
constexpr unsigned long long FOLL_PIN_BIT = 0x40000;

void model_init();
/* 0, or -1 after printing why (the caller exits 1) */
int model_load_file(const char *path);
const api_entry *model_lookup(const std::string &name);

} // namespace pincheck

#endif
