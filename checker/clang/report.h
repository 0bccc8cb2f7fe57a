/* SPDX-License-Identifier: GPL-2.0 */
/*
 * report.h - clang's names for places and functions, handed to the
 * core's findings (core/report.h: their words, ids and output): a
 * position as sparse gives it, the '(' of a call, columns counted with
 * tab stops of 8, at the macro's expansion when the call comes from one.
 */
#ifndef PINCHECK_CLANG_REPORT_H
#define PINCHECK_CLANG_REPORT_H

#include <map>
#include <string>
#include <vector>

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

#include "guard.h"
#include "model.h"
#include "../core/report.h"

namespace pincheck {

/* A position as sparse prints it. */
struct position {
	clang::FileID file;
	std::string file_name;
	unsigned line = 0, col = 0;
	clang::SourceLocation loc;	/* for clang-tidy's diagnostics */
};

position position_of(const clang::SourceManager &sm, clang::SourceLocation l);
position call_position(const clang::SourceManager &sm,
		       const clang::CallExpr *call);

/* An acquisition: the call, its family, the function it is in. */
struct origin {
	position pos;
	const api_entry *api;
	unsigned fam;
	const clang::FunctionDecl *fn;
	guards gs;			/* the conditions it ran under */
};

/* A release call, reached directly or through a helper of the file. */
struct release_site {
	const api_entry *api;
	position pos;
	const clang::FunctionDecl *fn;
	const clang::FunctionDecl *caller = nullptr;	/* through a call */
	const clang::FunctionDecl *callee = nullptr;	/* to this helper */
	position call_pos;				/* at this line */
	guards gs;					/* it runs under these */
};

void report_release(const release_site &rel, unsigned wrong,
		    const origin *bad, const origin *good);
/* @rel releases pages of @o, a COND acquisition, not as it must */
void report_cond(const release_site &rel, const origin *o);
/* the path leaving at @exit after @api at @call (in @fn) took fewer
 * pages than asked (the test at @test) keeps the ones it took */
void report_partial(const position &exit, const api_entry *api,
		    const position &call, const position &test,
		    const clang::FunctionDecl *fn);
/* an info line about the analysis itself (stopped early, ...) */
void report_note(const position &pos, const std::string &msg);
/* file names are printed as given on the command line: @names maps a
 * file's real path to it */
void report_set_names(const std::map<std::string, std::string> &names);
/* the place a finding was reported at, for clang-tidy's diagnostics */
clang::SourceLocation report_location(const struct pc_finding &f);

} // namespace pincheck

#endif
