// SPDX-License-Identifier: GPL-2.0
/*
 * core/options.c - the options every front end takes (options.h).
 */
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "model.h"
#include "options.h"

void pc_options_usage(FILE *f)
{
	fprintf(f,
"  --model=FILE   add the API lines of FILE to the model (apis.def form)\n"
"  --format=FMT   text (sparse's format, on stderr; the default) or json\n"
"                 (one object a finding, a line each, on stdout)\n"
"  --fatal        exit with status 1 when anything is found\n"
"  --stats        print what was judged and what was left undecided, and\n"
"                 why, after each file (on stderr)\n"
"  --db=FILE      read other files' summaries from the SQLite database FILE,\n"
"                 and record this file's there (run twice over a tree)\n"
"  --max-insns=N  do not track functions of more than N IR instructions\n");
}

static void bad(const char *prog, const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static int max_insns(const char *arg, const char *prog)
{
	char *end;
	long n = strtol(arg + 12, &end, 10);

	if (*end || n <= 0 || n > 100000000)
		bad(prog, "bad number in '%s'", arg);
	return n;
}

int pc_take_option(const char *arg, struct pc_options *o, const char *prog)
{
	if ((!strcmp(arg, "--help") || !strcmp(arg, "-h")) && o->usage) {
		o->usage(stdout);
		exit(0);
	} else if (!strcmp(arg, "--version") && o->version) {
		printf("%s\n", o->version);
		exit(0);
	} else if (!strcmp(arg, "--fatal")) {
		o->fatal = 1;
	} else if (!strcmp(arg, "--stats")) {
		o->out.stats = 1;
	} else if (!strncmp(arg, "--format=", 9)) {
		if (pc_parse_format(arg + 9, &o->out.format))
			bad(prog, "unknown format '%s' (text or json)", arg + 9);
	} else if (!strncmp(arg, "--model=", 8)) {
		if (pc_model_load_file(arg + 8, prog))
			exit(1);
	} else if (!strncmp(arg, "--db=", 5)) {
		if (!arg[5])
			bad(prog, "--db= needs a file name%s", "");
		if (db_open(arg + 5))
			exit(1);
	} else if (!strncmp(arg, "--max-insns=", 12)) {
		o->max_insns = max_insns(arg, prog);
	} else {
		return 0;
	}
	return 1;
}
