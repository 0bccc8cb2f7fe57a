// SPDX-License-Identifier: GPL-2.0
/*
 * tidy.cc - pincheck as a clang-tidy module on the core's analysis
 * (lower.cc lowers the unit to core/ir.h), loaded at run time:
 *
 *	clang-tidy-16 --load=checker/clang/pincheck-tidy.so \
 *		--checks=-*,pincheck-* FILE -- FLAGS
 *
 * One clang-tidy check for every check of ../core/checks/check_list.h,
 * named by its id (pincheck-wrong-release, pincheck-cond-pin,
 * pincheck-partial-pin, ...), one analysis: the first of them to see a
 * translation unit lowers it and runs the core over it, and each reports
 * its kind of findings as clang-tidy diagnostics.
 * The model is the built-in one plus the files of the option ModelFiles
 * (a check's own, or global: CheckOptions {key: ModelFiles, value:
 * "a.model;b.model"}), as pincheck --model=FILE reads them.
 */
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <cstring>
#include <set>

#include "lower.h"
#include "model.h"
#include "report.h"

#include "../core/fix.h"
#include "../core/summary.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace pincheck {

/*
 * A finding of the core, kept for the check that reports its kind, with
 * its fix-it when it has one in its own file (core/fix.h: a line and its
 * bytes).
 */
struct tidy_finding {
	enum pc_check check;
	SourceLocation loc;
	std::string msg;
	bool has_fix;
	int fix_line, fix_start, fix_end;
	std::string fix_text;
};

/* The findings of the translation unit last analysed. */
static const ASTContext *analysed;
static std::vector<tidy_finding> tu_findings;

static void keep(const struct pc_finding *f, void *)
{
	const struct pc_edit *e = f->fix;
	bool fix = e && f->pos.file && !strcmp(e->file, f->pos.file);

	tu_findings.push_back({ f->check, report_location(*f), f->msg, fix,
				fix ? e->line : 0, fix ? e->start : 0,
				fix ? e->end : 0, fix ? e->text : "" });
}

/* The fix-it of @f, in the file of its place */
static FixItHint fix_of(const SourceManager &sm, const tidy_finding &f)
{
	FileID file = sm.getFileID(sm.getExpansionLoc(f.loc));
	SourceLocation b = sm.translateLineCol(file, f.fix_line, f.fix_start);
	SourceLocation e = sm.translateLineCol(file, f.fix_line, f.fix_end);

	if (!f.has_fix || b.isInvalid() || e.isInvalid())
		return FixItHint();
	return FixItHint::CreateReplacement(CharSourceRange::getCharRange(b, e),
					    f.fix_text);
}

static const std::vector<tidy_finding> &findings_of(ASTContext &ctx)
{
	if (analysed != &ctx) {
		tu_findings.clear();
		tu_analyse(lower_unit(ctx, 0));
		pc_report_take(keep, nullptr);
		tu_end();
		lower_end();
		analysed = &ctx;
	}
	return tu_findings;
}

/* One check a finding kind: its name is the core's id of that kind. */
/* Each model file once, whichever check names it first. */
static std::set<std::string> models_read;

template <enum pc_check KIND>
class pincheck_check : public tidy::ClangTidyCheck {
public:
	pincheck_check(StringRef name, tidy::ClangTidyContext *ctx)
		: ClangTidyCheck(name, ctx),
		  model_files(Options.getLocalOrGlobal("ModelFiles", "").str())
	{
		SmallVector<StringRef, 4> files;

		StringRef(model_files).split(files, ';', -1, false);
		for (StringRef f : files) {
			std::string path = f.trim().str();

			if (path.empty() || !models_read.insert(path).second)
				continue;
			if (pc_model_load_file(path.c_str(), "pincheck-tidy"))
				configurationDiag("cannot use model file '%0' (see above)")
					<< path;
		}
	}

	void storeOptions(tidy::ClangTidyOptions::OptionMap &opts) override
	{
		Options.store(opts, "ModelFiles", model_files);
	}

private:
	std::string model_files;	/* "a.model;b.model" */

	void registerMatchers(MatchFinder *finder) override
	{
		finder->addMatcher(translationUnitDecl().bind("tu"), this);
	}

	/* a new unit may reuse the last one's address */
	void onStartOfTranslationUnit() override
	{
		analysed = nullptr;
	}

	void check(const MatchFinder::MatchResult &result) override
	{
		for (const tidy_finding &f : findings_of(*result.Context))
			if (f.check == KIND)
				diag(f.loc, "%0") << f.msg
					<< fix_of(*result.SourceManager, f);
	}
};

class module : public tidy::ClangTidyModule {
public:
	void addCheckFactories(tidy::ClangTidyCheckFactories &factories) override
	{
		pc_model_init();
		/* every check of the core's list, under its id */
#define CHECK(e, id, reg) \
		factories.registerCheck<pincheck_check<e>>(id);
#include "../core/checks/check_list.h"
#undef CHECK
	}
};

} // namespace pincheck

static tidy::ClangTidyModuleRegistry::Add<pincheck::module>
	pincheck_module("pincheck-module", "pincheck: pages released with the wrong call");
