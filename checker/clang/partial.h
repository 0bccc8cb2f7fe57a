/* SPDX-License-Identifier: GPL-2.0 */
/*
 * partial.h - partial-pin leaks (checker/partial.c's): a gup call that
 * took fewer pages than asked, tested so, and a path from the short side
 * of the test to a return that releases nothing and hands nothing on.
 */
#ifndef PINCHECK_CLANG_PARTIAL_H
#define PINCHECK_CLANG_PARTIAL_H

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"

namespace pincheck {

/* The tracking's names of memory, as partial.cc needs them. */
class partial_names {
public:
	virtual ~partial_names() = default;
	/* what pointer @e points to (a location's representative), or null */
	virtual const void *points_to(const clang::Expr *e) = 0;
	/* for an lvalue: the array it is an element of, or null */
	virtual const void *array_of(const clang::Expr *e) = 0;
};

void partial_check(const clang::CFG &cfg, clang::ASTContext &ctx,
		   partial_names &names, const clang::FunctionDecl *fd);

} // namespace pincheck

#endif
