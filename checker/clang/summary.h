/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summary.h - a function's effect on its parameters, as its callers see
 * it (checker/summary.h's): the pages it acquires into them, the pages of
 * them it releases and with which call, what it stores in struct members,
 * what it returns.
 */
#ifndef PINCHECK_CLANG_SUMMARY_H
#define PINCHECK_CLANG_SUMMARY_H

#include "facts.h"

namespace pincheck {

struct fill_event {
	int param;			/* 1-based */
	level lvl;
	fact f;				/* families and origins, no markers */
};

struct release_event {
	int param;
	level lvl;
	release_site rel;		/* api, pos and fn of the release */
};

/* A parameter's pages (or its array) stored where every function sees. */
struct store_event {
	int param;
	level lvl;
	loc *cell;
	bool array;
};

struct summary {
	std::vector<fill_event> fills;
	std::vector<release_event> releases;
	std::vector<store_event> stores;
	fact ret;			/* what the function returns */
	fact ret_elem;			/* what the array it returns holds */

	bool add_fill(int param, level lvl, const fact &f);
	bool add_release(int param, level lvl, const release_site &rel);
	bool add_store(int param, level lvl, loc *cell, bool array);
};

} // namespace pincheck

#endif
