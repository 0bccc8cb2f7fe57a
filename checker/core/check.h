/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/check.h - checks as units: the events of the engine a check
 * subscribes to (checks/check_list.h lists the checks).
 */
#ifndef PINCHECK_CORE_CHECK_H
#define PINCHECK_CORE_CHECK_H

#include "site.h"
#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A release call (or a call of a function that releases a parameter's
 * pages) and what the pages it is given may hold, in the last sweep of
 * its function: once per release and function.
 */
typedef void (*release_hook)(const struct release_site *rel,
			     const struct fact *f);
/* A function, after its last sweep (its facts are final). */
typedef void (*function_hook)(struct fn_info *fi);

void add_release_hook(release_hook fn);
void add_function_hook(function_hook fn);

/* The engine's side: register every check once, then tell them. */
void checks_init(void);
void checks_release(const struct release_site *rel, const struct fact *f);
void checks_function(struct fn_info *fi);

/* The registration functions, declared from the list. */
#define CHECK(e, id, reg) void reg(void);
#include "checks/check_list.h"
#undef CHECK

#ifdef __cplusplus
}
#endif

#endif
