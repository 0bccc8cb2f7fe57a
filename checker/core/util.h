/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/util.h - allocation that cannot fail quietly, and arenas.
 */
#ifndef PINCHECK_CORE_UTIL_H
#define PINCHECK_CORE_UTIL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Out of memory: a message and exit status 1, as sparse's die() does. */
void pc_die(const char *msg);
void *pc_xcalloc(size_t n, size_t size);
void *pc_xrealloc(void *p, size_t size);
char *pc_xstrdup(const char *s);
char *pc_xstrndup(const char *s, size_t n);

/* FNV-1a of the @len bytes at @name: names are short, looked up often. */
unsigned int pc_name_hash(const char *name, size_t len);

/* Memory freed all at once (one unit's IR, one file's rows). */
struct pc_arena {
	struct chunk *head;
};

void *pc_arena_alloc(struct pc_arena *a, size_t size);	/* zeroed */
void pc_arena_free(struct pc_arena *a);

#ifdef __cplusplus
}
#endif

#endif
