/* SPDX-License-Identifier: GPL-2.0 */
/*
 * report.h - places as the core's findings name them (core/report.h has
 * their words, ids and output): a position as sparse gives it, the '('
 * of a call, columns counted with tab stops of 8, at the macro's
 * expansion when the call comes from one.
 */
#ifndef PINCHECK_CLANG_REPORT_H
#define PINCHECK_CLANG_REPORT_H

#include <map>
#include <string>
#include <vector>

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceManager.h"

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

/* file names are printed as given on the command line: @names maps a
 * file's real path to it */
void report_set_names(const std::map<std::string, std::string> &names);
/* the place a finding was reported at, for clang-tidy's diagnostics */
clang::SourceLocation report_location(const struct pc_finding &f);

} // namespace pincheck

#endif
