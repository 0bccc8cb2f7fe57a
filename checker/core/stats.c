// SPDX-License-Identifier: GPL-2.0
/*
 * core/stats.c - the counters of --stats (stats.h).
 */
#include "stats.h"

static unsigned long counters[NR_PC_STATS];

static const char *const names[NR_PC_STATS] = {
#define X(e, name, what) [PC_STAT_##e] = name,
	PC_STATS(X)
#undef X
};

void pc_stat(enum pc_stat s)
{
	counters[s]++;
}

void pc_stats_print(FILE *f, const char *file)
{
	int i;

	fprintf(f, "%s: pincheck stats:", file ? file : "-");
	for (i = 0; i < NR_PC_STATS; i++) {
		fprintf(f, " %s=%lu", names[i], counters[i]);
		counters[i] = 0;
	}
	fputc('\n', f);
}
