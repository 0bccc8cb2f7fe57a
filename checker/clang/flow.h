/* SPDX-License-Identifier: GPL-2.0 */
/*
 * flow.h - the analysis of one translation unit: every function with a
 * body, tracked over its clang::CFG until the file's summaries and
 * member facts stop growing, then once more, reporting (report.h).
 */
#ifndef PINCHECK_CLANG_FLOW_H
#define PINCHECK_CLANG_FLOW_H

#include "clang/AST/ASTContext.h"

namespace pincheck {

void analyse_tu(clang::ASTContext &ctx);

} // namespace pincheck

#endif
