/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_MODEL_H
#define PINCHECK_MODEL_H

#include "lib.h"
#include "token.h"

/* Reference families: a bit set, so that a value may carry several. */
enum pc_family {
	FAM_PIN		= 1,	/* FOLL_PIN: release with unpin_user_page*() */
	FAM_GET		= 2,	/* FOLL_GET: release with put_page() & co */
	FAM_COND	= 4,	/* pinned only when the iterator is user-backed */
	FAM_FLAGS	= 8,	/* PIN or GET, by the FOLL_PIN bit of an argument */
};

enum pc_role { ROLE_ACQUIRE, ROLE_RELEASE, ROLE_ARRAY_FREE, ROLE_PIN_TEST };

enum pc_shape { SHAPE_PAGE, SHAPE_ARRAY, SHAPE_ALLOC, SHAPE_BVEC, SHAPE_LIST };

struct pc_api {
	const char *name;
	struct ident *ident;
	enum pc_role role;
	unsigned family;
	int arg;		/* 1-based; 0: the return value */
	int flags_arg;		/* FAM_FLAGS: the argument holding gup flags */
	int count_arg;		/* ACQUIRE: the number of pages asked for; */
				/* the call returns how many it took */
	enum pc_shape shape;
	const char *cure;	/* RELEASE: the other family's call */
	struct pc_api *next;	/* hash chain */
};

/* FOLL_PIN's value, include/linux/mm.h (5.6 to 6.1 and later) */
#define PC_FOLL_PIN	0x40000

void model_init(void);
int model_load_file(const char *path);
const struct pc_api *model_lookup(const struct ident *ident);
void model_foreach(void (*fn)(const struct pc_api *api, void *data), void *data);
const char *family_name(unsigned family);

#endif
