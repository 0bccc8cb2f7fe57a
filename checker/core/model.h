/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/model.h - the page-reference API model, for every front end.
 *
 * One table (apis.def, and the lines of a user's --model files in the
 * same form) decides the family of every call: plain C, no sparse or
 * clang types, callable from C++.
 */
#ifndef PINCHECK_CORE_MODEL_H
#define PINCHECK_CORE_MODEL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Reference families: a bit set, so that a value may carry several. */
enum pc_family {
	FAM_PIN		= 1,	/* FOLL_PIN: release with unpin_user_page*() */
	FAM_GET		= 2,	/* FOLL_GET: release with put_page() & co */
	FAM_COND	= 4,	/* pinned only when the iterator is user-backed */
	FAM_FLAGS	= 8,	/* PIN or GET, by the FOLL_PIN bit of an argument */
	FAM_OWN		= 16,	/* a reference of the code's own (get_page()) */
};

/*
 * The kinds of an iov_iter, as a bit set: only the user-backed ones
 * (UBUF, IOVEC) have their pages pinned by iov_iter_extract_pages().
 */
enum pc_iter_kind {
	KIND_UBUF	= 1 << 0,
	KIND_IOVEC	= 1 << 1,
	KIND_KVEC	= 1 << 2,
	KIND_BVEC	= 1 << 3,
	KIND_XARRAY	= 1 << 4,
	KIND_FOLIOQ	= 1 << 5,
	KIND_DISCARD	= 1 << 6,
	KIND_PIPE	= 1 << 7,
	KIND_USER	= KIND_UBUF | KIND_IOVEC,
	KIND_ALL	= (1 << 8) - 1,
};
#define NR_ITER_KINDS	8

enum pc_role {
	ROLE_ACQUIRE, ROLE_RELEASE, ROLE_ARRAY_FREE,
	ROLE_ITER_TEST,		/* returns whether the iterator is of @kinds */
	ROLE_ITER_TYPE,		/* returns the iterator's kind (ITER_*) */
	ROLE_ITER_MAKE,		/* makes the iterator one of @kinds */
	ROLE_PRINTS,		/* only prints its arguments: keeps nothing */
	ROLE_BORROWS,		/* tables the pages; a failed call keeps none */
	ROLE_SAME_ARGS,		/* (a line) the RELEASE's cure takes its args */
};

enum pc_shape { SHAPE_PAGE, SHAPE_ARRAY, SHAPE_ALLOC, SHAPE_BVEC, SHAPE_LIST };

struct pc_api {
	const char *name;
	enum pc_role role;
	unsigned family;
	int arg;		/* 1-based; 0: the return value */
	int flags_arg;		/* FAM_FLAGS: the argument holding gup flags */
	int count_arg;		/* ACQUIRE: the number of pages asked for; */
				/* the call returns how many it took */
	enum pc_shape shape;
	const char *cure;	/* RELEASE: the other family's call */
	unsigned same_args:1;	/* RELEASE: the cure takes the same arguments */
	unsigned kinds;		/* ITER_TEST, ITER_MAKE: enum pc_iter_kind */
	/*
	 * The entry holds only in a file where this enumerator exists
	 * (BIO_PAGE_PINNED): an API whose meaning changed with a version.
	 */
	const char *requires;
	unsigned active:1;	/* it holds in the current file */
	struct pc_api *next;	/* hash chain */
};

/* FOLL_PIN's value, include/linux/mm.h (5.6 to 6.1 and later) */
#define PC_FOLL_PIN	0x40000

/* The built-in table (apis.def). */
void pc_model_init(void);
/*
 * Adds the lines of @path; a later entry for a name replaces the earlier
 * one.  Returns 0, or -1 after printing why on stderr ("FILE:LINE: error:
 * ...", or "@prog: cannot read model file ..."): the caller exits 1.
 */
int pc_model_load_file(const char *path, const char *prog);
/*
 * Before a file is analysed: which entries hold there, asking the front
 * end whether an enumerator exists.
 */
void pc_model_select(int (*has_enum)(const char *name));
/* The entry for the call named by @len bytes at @name, or NULL. */
const struct pc_api *pc_model_lookup(const char *name, size_t len);
/* The same for a NUL-terminated name (NULL: none). */
const struct pc_api *pc_model_lookup_name(const char *name);
void pc_model_foreach(void (*fn)(const struct pc_api *api, void *data),
		      void *data);
const char *pc_family_name(unsigned family);
/* "ITER_UBUF", ...: the enumerator of one kind bit (the lowest of @kind) */
const char *pc_kind_enum(unsigned kind);

#ifdef __cplusplus
}
#endif

#endif
