// SPDX-License-Identifier: GPL-2.0
/*
 * core/check.c - the registry of checks and the events they hear.
 */
#include "check.h"
#include "stats.h"
#include "util.h"

#define MAX_HOOKS	16

static release_hook release_hooks[MAX_HOOKS];
static function_hook function_hooks[MAX_HOOKS];
static int nr_release_hooks, nr_function_hooks;

void add_release_hook(release_hook fn)
{
	if (nr_release_hooks == MAX_HOOKS)
		pc_die("too many release hooks (core/check.c: MAX_HOOKS)");
	release_hooks[nr_release_hooks++] = fn;
}

void add_function_hook(function_hook fn)
{
	if (nr_function_hooks == MAX_HOOKS)
		pc_die("too many function hooks (core/check.c: MAX_HOOKS)");
	function_hooks[nr_function_hooks++] = fn;
}

void checks_init(void)
{
	static int done;

	if (done)
		return;
	done = 1;
#define CHECK(e, id, reg) reg();
#include "checks/check_list.h"
#undef CHECK
}

void checks_release(const struct release_site *rel, const struct fact *f)
{
	int i;

	pc_stat(PC_STAT_RELEASES);
	for (i = 0; i < nr_release_hooks; i++)
		release_hooks[i](rel, f);
}

void checks_function(struct fn_info *fi)
{
	int i;

	for (i = 0; i < nr_function_hooks; i++)
		function_hooks[i](fi);
}
