/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/stats.h - what the checks judged and what they left undecided,
 * and why (--stats): precise before complete, and counted.
 */
#ifndef PINCHECK_CORE_STATS_H
#define PINCHECK_CORE_STATS_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One line a counter: its name in the output, then what it counts. */
#define PC_STATS(X)							\
	X(RELEASES, "releases", "release calls judged")		\
	X(REL_CALLERS, "releases-undecided-callers",			\
	  "unpins of extracted pages whose iterator kind comes from callers not in view") \
	X(REL_SHARED, "releases-undecided-shared",			\
	  "puts of extracted pages another function stored, the kept answer not tested") \
	X(PINS, "pins", "counted acquisitions followed (pin-leak, pin-count)") \
	X(PINS_UNRELEASED, "pins-undecided-unreleased",		\
	  "acquisitions the function releases on no path (judged where their array is freed)") \
	X(PINS_LARGE, "pins-undecided-large",				\
	  "acquisitions in a function too large for the rounds of the analysis") \
	X(STEPS, "steps", "failed steps with a side that keeps the pages") \
	X(EXITS_LEAK, "exits-leak", "exits reported as leaks")	\
	X(EXITS_NO_ERROR, "exits-undecided-value",			\
	  "exits returning 0, a count or a value not known to be an error") \
	X(EXITS_UNFREED, "exits-undecided-owner",			\
	  "error exits of pages maybe not the function's own (released on " \
	  "no path, or their count kept) that do not free their array") \
	X(EXITS_GIVEN, "exits-undecided-given",			\
	  "failed steps given the pages, which may keep them")	\
	X(TESTS_NOT_STEPS, "tests-undecided",				\
	  "branches leaving the pages behind on a test of no call (a flag, a member)") \
	X(COUNTS, "counts", "releases of an acquisition's array with a count") \
	X(COUNTS_ASKED, "counts-asked", "of them, the count asked where fewer may be pinned") \
	X(COUNTS_UNSIGNED, "counts-unsigned",				\
	  "of them, the count taken kept unsigned, an error code where the call failed")

enum pc_stat {
#define X(e, name, what) PC_STAT_##e,
	PC_STATS(X)
#undef X
	NR_PC_STATS
};

void pc_stat(enum pc_stat s);
/* Prints the counters of the file (then zeroes them) under @prog. */
void pc_stats_print(FILE *f, const char *file);

#ifdef __cplusplus
}
#endif

#endif
