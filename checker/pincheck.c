// SPDX-License-Identifier: GPL-2.0
/*
 * pincheck - find pages released with the wrong call: FOLL_PIN pages
 * released with put_page() & co, FOLL_GET pages released with
 * unpin_user_page*().
 *
 * A drop-in for sparse under kbuild: make C=1 CHECK=/path/to/pincheck.
 * It takes sparse's (and so gcc's) options, prints findings as sparse
 * prints warnings and, like sparse, exits 0 so that the build goes on.
 * This file: the command line, one file at a time, the exit status.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib.h"
#include "allocate.h"
#include "evaluate.h"
#include "expression.h"
#include "linearize.h"
#include "parse.h"
#include "symbol.h"
#include "token.h"
#include "model.h"
#include "lower.h"
#include "unchecked.h"
#include "core/db.h"
#include "core/report.h"
#include "core/options.h"
#include "core/stats.h"
#include "core/summary.h"

#define PINCHECK_VERSION	"0.1"

static struct {
	struct pc_options o;	/* the options of every front end */
	int sparse_warnings;	/* --sparse: sparse's own warnings too */
} opt = { .o.max_insns = PC_MAX_INSNS };

static void usage(FILE *f)
{
	fprintf(f,
"usage: pincheck [pincheck options] [sparse/gcc options] file.c...\n"
"\n"
"Finds pages pinned with FOLL_PIN (pin_user_pages*(), ...) released with\n"
"put_page()/release_pages()/folio_put(), and pages got with FOLL_GET\n"
"(get_user_pages*(), ...) released with unpin_user_page*().\n"
"Under kbuild: make C=1 CHECK=/path/to/pincheck [path/to/file.o]\n"
"\n");
	pc_options_usage(f);
	fprintf(f,
"  --sparse       print sparse's own warnings for the file too\n"
"  --version      print the version and exit\n"
"  --help         print this help and exit\n"
"\n"
"Every other option is sparse's (or gcc's, and ignored as sparse does).\n"
"See pincheck(1).\n");
}

/*
 * sparse's own long options (options.c), and the compiler's that kbuild
 * gives a clang build (LLVM=1: CLANG_FLAGS), which sparse ignores: passed
 * through.  Other "--" options are refused: a typo of ours is not silent.
 */
static int sparse_long_option(const char *arg)
{
	static const char *const known[] = {
		"--arch=", "--os=", "--param",
		"--target=", "--prefix=", "--gcc-toolchain=",
	};
	size_t i;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strncmp(arg, known[i], strlen(known[i])))
			return 1;
	return 0;
}

/* Take our options out of argv; returns the new argc, or exits. */
static int parse_options(int argc, char **argv)
{
	static char version[128];
	int i, n = 1;

	snprintf(version, sizeof(version), "pincheck %s (sparse %s)",
		 PINCHECK_VERSION, sparse_version);
	opt.o.usage = usage;
	opt.o.version = version;
	for (i = 1; i < argc; i++) {
		char *arg = argv[i];

		if (pc_take_option(arg, &opt.o, "pincheck")) {
			continue;
		} else if (!strcmp(arg, "--sparse")) {
			opt.sparse_warnings = 1;
		} else if (!strncmp(arg, "--", 2) && arg[2] &&
			   !sparse_long_option(arg)) {
			fprintf(stderr, "pincheck: unknown option '%s' (see pincheck --help)\n",
				arg);
			exit(1);
		} else {
			argv[n++] = arg;
		}
	}
	argv[n] = NULL;
	return n;
}

/*
 * The model's calls must stay calls: sparse would inline put_page() (a
 * static inline in 6.1) and we would see only its body.  Inline bodies
 * are expanded into their callers when those are expanded, so this runs
 * after parsing and before expansion, on the file scope's bindings.
 */
static void keep_call(const struct pc_api *api, void *unused)
{
	struct symbol *sym;

	for (sym = built_in_ident(api->name)->symbols; sym; sym = sym->next_id) {
		if (!(sym->namespace & NS_SYMBOL))
			continue;
		sym->ctype.modifiers &= ~MOD_INLINE;
		if (sym->definition)
			sym->definition->ctype.modifiers &= ~MOD_INLINE;
	}
}

/* sparse dies on a missing file; say why first, as gcc would */
static void check_readable(const char *file)
{
	struct stat st;

	if (!strcmp(file, "-"))
		return;
	if (stat(file, &st) < 0) {
		fprintf(stderr, "pincheck: %s: %s\n", file, strerror(errno));
		exit(1);
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "pincheck: %s: %s\n", file, strerror(EISDIR));
		exit(1);
	}
}

/*
 * sparse(), with its parse watched: a file sparse could parse only in
 * part is not analysed (returns -1; unchecked.c says which).  Errors of
 * the evaluation (types, address spaces) do not stop the analysis.
 */
static int parse_file(char *file, struct symbol_list **list)
{
	unchecked_parse_start(file);
	*list = __sparse(file);
	if (unchecked_parse_end(file))
		return -1;
	unchecked_stage(file, "evaluating");
	evaluate_symbol_list(*list);
	return 0;
}

static int count_insns(struct entrypoint *ep)
{
	struct basic_block *bb;
	int n = 0;

	FOR_EACH_PTR(ep->bbs, bb) {
		n += instruction_list_size(bb->insns);
	} END_FOR_EACH_PTR(bb);
	return n;
}

/* A function is analysed when it is named and not too large. */
static void add_function(struct symbol *sym, struct entrypoint *ep)
{
	char msg[512];
	int n;

	if (!sym->ident)
		return;
	n = count_insns(ep);
	if (n > opt.o.max_insns) {
		snprintf(msg, sizeof(msg),
			 "%s(): too large for pincheck (%d instructions), not checked",
			 show_ident(sym->ident), n);
		pc_report_note(lower_pos(sym->pos), msg);
		return;
	}
	lower_function(sym, ep);
}

/* sparse's own declarations, checked first: no file of the user's */
static struct symbol_list *builtins_list;

static void check_file(const char *file, struct symbol_list *list)
{
	struct symbol *sym;

	unchecked_stage(file, "linearizing");
	pc_model_foreach(keep_call, NULL);
	FOR_EACH_PTR(list, sym) {
		struct entrypoint *ep;

		expand_symbol(sym);
		ep = linearize_symbol(sym);
		if (!ep || !ep->entry)
			continue;
		if (dbg_entry)		/* -ventry: sparse's IR dump */
			show_entry(ep);
		add_function(sym, ep);
	} END_FOR_EACH_PTR(sym);
	unchecked_stage(file, "analysing");
	tu_analyse(lower_unit());
	pc_report_flush(&opt.o.out);
	if (opt.o.out.stats && list != builtins_list)
		pc_stats_print(stderr, file);
	tu_end();
	lower_end();
}

int main(int argc, char **argv)
{
	struct string_list *filelist = NULL;
	struct symbol_list *builtins;
	char *file;

	unchecked_init();
	pc_model_init();
	argc = parse_options(argc, argv);

	do_output = 0;		/* kbuild passes -o; sparse ignores it too */
	builtins = sparse_initialize(argc, argv, &filelist);
	if (!filelist) {
		fprintf(stderr, "pincheck: no input files\n");
		return 1;
	}
	unchecked_json(opt.o.out.format == PC_JSON);
	opt.o.out.as_error = Wsparse_error == 1;
	opt.o.out.prefix = diag_prefix;
	if (!opt.sparse_warnings) {
		/* findings are ours; sparse's warnings only on request */
		fmax_warnings = 0;
		Wsparse_error = 0;
	}
	builtins_list = builtins;
	check_file("(builtins)", builtins);

	FOR_EACH_PTR(filelist, file) {
		check_readable(file);
	} END_FOR_EACH_PTR(file);
	FOR_EACH_PTR(filelist, file) {
		struct symbol_list *list;

		db_start_file(file);
		if (parse_file(file, &list) == 0)
			check_file(file, list);
	} END_FOR_EACH_PTR(file);
	db_close();

	if (unchecked_count())
		return 1;
	if (opt.o.out.as_error && (pc_report_count() || die_if_error))
		return 1;
	if (opt.o.fatal && pc_report_count())
		return 1;
	return 0;
}
