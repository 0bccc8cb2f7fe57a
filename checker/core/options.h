/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/options.h - the options every front end takes, with one meaning
 * and one wording: --format, --fatal, --stats, --model, --db,
 * --max-insns.
 */
#ifndef PINCHECK_CORE_OPTIONS_H
#define PINCHECK_CORE_OPTIONS_H

#include <stdio.h>

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

struct pc_options {
	struct pc_output out;	/* --format=; as_error: -Wsparse-error */
	int fatal;		/* --fatal: exit 1 on a finding */
	int max_insns;		/* --max-insns=N: larger functions skipped */
	/* the program's own: --help prints @usage, --version @version */
	void (*usage)(FILE *f);
	const char *version;
};

#define PC_MAX_INSNS	200000

/*
 * 1 when @arg is one of them (and taken into @o: a model file read, the
 * database opened), 0 when it is not; a bad value prints why, named
 * after @prog, and exits with status 1.  --help, -h and --version print
 * and exit with status 0.
 */
int pc_take_option(const char *arg, struct pc_options *o, const char *prog);
/* Their lines of --help. */
void pc_options_usage(FILE *f);

#ifdef __cplusplus
}
#endif

#endif
