// SPDX-License-Identifier: GPL-2.0
/*
 * pincheck-clang - pincheck's findings from clang's AST through the
 * core's analysis: each translation unit is lowered to the core's IR
 * (lower.cc) and analysed as pincheck analyses sparse's (checker/core/).
 * A libtooling command over a compilation database.
 *
 *	pincheck-clang [options] [-p BUILD_DIR] FILE... [-- flags]
 *
 * Options, output and exit statuses mirror checker/pincheck.c, so that
 * the two front ends can be diffed (tests/run-agree); with the core,
 * --db and --max-insns work as pincheck's.  This file: the command line,
 * the compilation database, the exit status.
 */
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <vector>

#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include "lower.h"
#include "model.h"
#include "report.h"
#include "../core/db.h"
#include "../core/options.h"
#include "../core/stats.h"
#include "../core/summary.h"

using namespace clang;
using namespace clang::tooling;

#define PINCHECK_VERSION	"0.1"

static struct {
	struct pc_options o;	/* the options of every front end */
	std::string build_dir;	/* -p */
	std::vector<std::string> files;
	std::vector<std::string> extra;	/* -I, -D, -f...: to the compiler */
	bool fixed;		/* flags after --: no database */
	std::vector<std::string> flags;
} opt;

static int nr_findings, nr_errors;
static std::string current_file;	/* the file being compiled */
static std::vector<std::string> failed_files;

static void usage(FILE *f)
{
	fprintf(f,
"usage: pincheck-clang [options] [-p BUILD_DIR] file.c... [-- compiler flags]\n"
"\n"
"Finds pages pinned with FOLL_PIN (pin_user_pages*(), ...) released with\n"
"put_page()/release_pages()/folio_put(), and pages got with FOLL_GET\n"
"(get_user_pages*(), ...) released with unpin_user_page*().\n"
"The files are compiled as BUILD_DIR/compile_commands.json says, or with\n"
"the flags after --.\n"
"\n"
"  -p BUILD_DIR   the directory of compile_commands.json\n");
	pc_options_usage(f);
	fprintf(f,
"  --sparse       accepted for pincheck's sake; does nothing\n"
"  -Wsparse-error print findings as errors, exit 1 on a finding\n"
"  --version      print the version and exit\n"
"  --help         print this help and exit\n"
"\n"
"Other options beginning with - go to the compiler.\n");
}

static void bad(const char *fmt, const char *arg)
{
	fprintf(stderr, "pincheck-clang: ");
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static void parse_options(int argc, char **argv)
{
	opt.o.usage = usage;
	opt.o.version = "pincheck-clang " PINCHECK_VERSION
			" (clang " CLANG_VERSION_STRING ")";
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (!strcmp(arg, "--")) {
			opt.fixed = true;
			opt.flags.assign(argv + i + 1, argv + argc);
			return;
		} else if (pc_take_option(arg, &opt.o, "pincheck-clang")) {
			continue;
		} else if (!strcmp(arg, "--sparse")) {
			/* no sparse here: nothing to add */
		} else if (!strcmp(arg, "-Wsparse-error")) {
			opt.o.out.as_error = 1;
		} else if (!strcmp(arg, "-p")) {
			if (i + 1 == argc)
				bad("-p needs a build directory%s", "");
			opt.build_dir = argv[++i];
		} else if (!strncmp(arg, "-p=", 3)) {
			opt.build_dir = arg + 3;
		} else if (!strncmp(arg, "--target=", 9) ||
			   !strncmp(arg, "--prefix=", 9) ||
			   !strncmp(arg, "--gcc-toolchain=", 16)) {
			/* the compiler's, as pincheck passes them through */
			opt.extra.push_back(arg);
		} else if (!strncmp(arg, "--", 2)) {
			bad("unknown option '%s' (see pincheck-clang --help)", arg);
		} else if (arg[0] == '-' && arg[1]) {
			opt.extra.push_back(arg);
		} else {
			opt.files.push_back(arg);
		}
	}
}

/* As pincheck: say why a file cannot be read before the compiler does. */
static void check_readable(const std::string &file)
{
	struct stat st;

	if (stat(file.c_str(), &st) < 0) {
		fprintf(stderr, "pincheck-clang: %s: %s\n", file.c_str(),
			strerror(errno));
		exit(1);
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "pincheck-clang: %s: %s\n", file.c_str(),
			strerror(EISDIR));
		exit(1);
	}
}

/* The compiler's errors, one line each; its warnings are not ours. */
class error_printer : public DiagnosticConsumer {
public:
	void HandleDiagnostic(DiagnosticsEngine::Level level,
			      const Diagnostic &info) override
	{
		SmallString<256> msg;

		/*
		 * Not counted by the base class: the file is still analysed,
		 * as sparse does, and we say once which file failed.
		 */
		if (level < DiagnosticsEngine::Error)
			return;
		nr_errors++;
		if (failed_files.empty() || failed_files.back() != current_file)
			failed_files.push_back(current_file);
		info.FormatDiagnostic(msg);
		if (info.hasSourceManager() && info.getLocation().isValid()) {
			pincheck::position p = pincheck::position_of(
				info.getSourceManager(), info.getLocation());

			fprintf(stderr, "%s:%u:%u: error: %s\n",
				p.file_name.c_str(), p.line, p.col, msg.c_str());
		} else {
			fprintf(stderr, "pincheck-clang: error: %s\n", msg.c_str());
		}
	}
};

/* The file the unit was compiled from, as --stats names it. */
static std::string main_file(ASTContext &ctx)
{
	const SourceManager &sm = ctx.getSourceManager();
	auto fe = sm.getFileEntryRefForID(sm.getMainFileID());

	return fe ? fe->getName().str() : std::string("-");
}

class consumer : public ASTConsumer {
	void HandleTranslationUnit(ASTContext &ctx) override
	{
		tu_analyse(pincheck::lower_unit(ctx, opt.o.max_insns));
		nr_findings += pc_report_flush(&opt.o.out);
		if (opt.o.out.stats)
			pc_stats_print(stderr, main_file(ctx).c_str());
		tu_end();
		pincheck::lower_end();
	}
};

class action : public ASTFrontendAction {
	std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
						       StringRef file) override
	{
		current_file = file.str();
		/* --db: this file's rows replace what it recorded before */
		db_start_file(current_file.c_str());
		return std::make_unique<consumer>();
	}
};

/* Is @file one of the database's own (not a guess from a neighbour)? */
static bool in_database(const CompilationDatabase &db, const std::string &file)
{
	SmallString<256> abs(file);

	llvm::sys::fs::make_absolute(abs);
	llvm::sys::path::remove_dots(abs, true);
	for (const CompileCommand &cc : db.getCompileCommands(abs)) {
		SmallString<256> f(cc.Filename);

		if (!llvm::sys::path::is_absolute(f)) {
			f = cc.Directory;
			llvm::sys::path::append(f, cc.Filename);
		}
		llvm::sys::path::remove_dots(f, true);
		if (f == abs)
			return true;
	}
	return false;
}

static std::unique_ptr<CompilationDatabase> load_database()
{
	std::string err;
	std::unique_ptr<CompilationDatabase> db;

	if (opt.fixed)
		return std::make_unique<FixedCompilationDatabase>(".", opt.flags);
	if (!opt.build_dir.empty()) {
		/* the JSON file itself: no commands guessed for other files */
		std::string json = opt.build_dir + "/compile_commands.json";

		db = JSONCompilationDatabase::loadFromFile(
			json, err, JSONCommandLineSyntax::AutoDetect);
		if (!db)
			bad("%s: cannot read the compilation database",
			    json.c_str());
		return db;
	}
	db = CompilationDatabase::autoDetectFromSource(opt.files[0], err);
	if (!db)
		bad("%s: no compilation database (give -p BUILD_DIR, or compiler flags after --)",
		    opt.files[0].c_str());
	return db;
}

static std::string shown(const std::map<std::string, std::string> &names,
			 const std::string &f)
{
	auto it = names.find(f);

	return it == names.end() ? f : it->second;
}

int main(int argc, char **argv)
{
	opt.o.max_insns = PC_MAX_INSNS;
	pc_model_init();
	parse_options(argc, argv);
	if (opt.files.empty()) {
		fprintf(stderr, "pincheck-clang: no input files\n");
		return 1;
	}
	std::map<std::string, std::string> names;
	std::map<std::string, std::string> by_path;	/* for messages */
	for (const std::string &f : opt.files) {
		SmallString<256> abs(f), real;

		check_readable(f);
		llvm::sys::fs::make_absolute(abs);
		llvm::sys::path::remove_dots(abs, true);
		by_path[abs.str().str()] = f;
		if (!llvm::sys::fs::real_path(f, real))
			names[real.str().str()] = f;
	}
	pincheck::report_set_names(names);

	std::unique_ptr<CompilationDatabase> db = load_database();
	for (const std::string &f : opt.files)
		if (!opt.fixed && !in_database(*db, f))
			bad("%s", (f + ": not in the compilation database " +
				   (opt.build_dir.empty() ? std::string("found") :
				    opt.build_dir + "/compile_commands.json")).c_str());

	ClangTool tool(*db, opt.files);
	error_printer errors;
	std::vector<std::string> pre = { "-resource-dir=" PC_RESOURCE_DIR };

	tool.setDiagnosticConsumer(&errors);
	tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
		pre, ArgumentInsertPosition::BEGIN));
	opt.extra.push_back("-Wno-everything");
	tool.appendArgumentsAdjuster(getInsertArgumentAdjuster(
		opt.extra, ArgumentInsertPosition::END));
	/*
	 * The file whose command runs now: the compiler's driver may refuse
	 * the command (a flag of a newer clang) before the action begins,
	 * and "does not compile" must still name the file.
	 */
	tool.appendArgumentsAdjuster([](const CommandLineArguments &args,
					StringRef file) {
		current_file = file.str();
		return args;
	});
	int rc = tool.run(newFrontendActionFactory<action>().get());

	for (const std::string &f : failed_files) {
		fprintf(stderr, "pincheck-clang: %s: does not compile\n",
			shown(by_path, f).c_str());
		pc_report_unchecked(&opt.o.out, shown(by_path, f).c_str(),
				    "it does not compile");
	}
	db_close();
	if (rc || nr_errors) {
		if (!nr_errors)
			fprintf(stderr, "pincheck-clang: the compiler did not run\n");
		return 1;
	}
	if ((opt.o.fatal || opt.o.out.as_error) && nr_findings)
		return 1;
	return 0;
}
