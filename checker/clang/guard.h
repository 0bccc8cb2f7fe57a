/* SPDX-License-Identifier: GPL-2.0 */
/*
 * guard.h - the conditions under which each CFG block runs
 * (checker/guard.c's): a bit test, a comparison with a constant, the
 * cases of a switch, the truth of a value.  Pages taken under a
 * condition and released under its opposite are not reported.
 */
#ifndef PINCHECK_CLANG_GUARD_H
#define PINCHECK_CLANG_GUARD_H

#include <vector>

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"

namespace pincheck {

enum guard_kind { G_BIT_SET, G_BIT_CLEAR, G_IN, G_NOT_IN, G_TRUE, G_FALSE };
constexpr int GUARD_VALS = 8;
constexpr int MAX_GUARDS = 6;

struct guard {
	guard_kind kind = G_TRUE;
	int nr = 0;
	bool strong = false;		/* its constants name it anywhere */
	const void *subject = nullptr;	/* a variable, a location, an Expr */
	long long vals[GUARD_VALS] = {};
};

struct guards {
	int nr = -1;			/* -1: not reached yet */
	guard g[MAX_GUARDS];
};

/* What a condition tests, as the tracking names it. */
class guard_subjects {
public:
	virtual ~guard_subjects() = default;
	virtual const void *subject(const clang::Expr *e) = 0;
	/* the same value wherever it is tested: a parameter, a constant */
	virtual bool steady(const clang::Expr *e, int depth) = 0;
	/* the answer of a PIN_TEST call, or a place that keeps it */
	virtual bool answer(const void *subject) = 0;
};

/* The guards of every block, by block ID. */
std::vector<guards> guards_compute(const clang::CFG &cfg, clang::ASTContext &ctx,
				   guard_subjects &subjects);
void guards_add_all(guards &dst, const guards &src);
bool guards_exclusive(const guards &a, const guards &b);
/* Under @g, the COND acquisitions pinned: a test of the answer said yes. */
bool guards_will_pin(const guards &g, guard_subjects &s);

} // namespace pincheck

#endif
