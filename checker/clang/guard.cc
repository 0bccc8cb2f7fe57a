// SPDX-License-Identifier: GPL-2.0
/*
 * guard.cc - a forward data flow over the CFG: a block's guards are those
 * that hold on every edge into it (the intersection), an edge adding the
 * condition of the branch it leaves by.  Small constants (0, 1, ...) and
 * plain truth are too common to tell one condition from another unless
 * the subject is the same.
 */
#include <cstring>

#include "guard.h"

using namespace clang;

namespace pincheck {

constexpr long long MIN_DISTINCT = 16;
constexpr int MAX_PASSES = 32;

static bool guard_equal(const guard &a, const guard &b)
{
	return a.kind == b.kind && a.nr == b.nr && a.subject == b.subject &&
	       a.strong == b.strong &&
	       !memcmp(a.vals, b.vals, a.nr * sizeof(a.vals[0]));
}

static void guards_add(guards &dst, const guard &g)
{
	if (dst.nr < 0)
		dst.nr = 0;
	for (int i = 0; i < dst.nr; i++)
		if (guard_equal(dst.g[i], g))
			return;
	if (dst.nr < MAX_GUARDS)
		dst.g[dst.nr++] = g;
}

void guards_add_all(guards &dst, const guards &src)
{
	if (dst.nr < 0)
		dst.nr = 0;
	for (int i = 0; i < src.nr; i++)
		guards_add(dst, src.g[i]);
}

/*
 * Two case sets of one switch meet where case labels fall through into
 * one body (clang gives each label its own block): their union holds.
 */
static bool case_union(guard &d, const guard &s)
{
	if (d.kind != G_IN || s.kind != G_IN || d.subject != s.subject)
		return false;
	for (int j = 0; j < s.nr; j++) {
		bool have = false;

		for (int i = 0; i < d.nr; i++)
			have |= d.vals[i] == s.vals[j];
		if (have)
			continue;
		if (d.nr == GUARD_VALS)
			return false;
		d.vals[d.nr++] = s.vals[j];
	}
	d.strong = d.strong && s.strong;
	return true;
}

static void guards_intersect(guards &dst, const guards &src)
{
	int n = 0;

	for (int i = 0; i < dst.nr; i++) {
		for (int j = 0; j < src.nr; j++) {
			if (guard_equal(dst.g[i], src.g[j]) ||
			    case_union(dst.g[i], src.g[j])) {
				dst.g[n++] = dst.g[i];
				break;
			}
		}
	}
	dst.nr = n;
}

static bool distinct(long long v)
{
	return v >= MIN_DISTINCT || v <= -MIN_DISTINCT;
}

static bool constant(ASTContext &ctx, const Expr *e, long long *v)
{
	Expr::EvalResult r;

	if (e->isValueDependent() || !e->EvaluateAsInt(r, ctx))
		return false;
	const llvm::APSInt &i = r.Val.getInt();
	if (i.getBitWidth() > 64)
		return false;
	/* an unsigned long mask is its bits, as sparse keeps it */
	*v = i.isSigned() ? i.getSExtValue() : (long long)i.getZExtValue();
	return true;
}

static bool keep(guard_subjects &s, const guard &g, const Expr *tested)
{
	return g.strong || s.steady(tested, 0) || s.answer(g.subject);
}

/* The condition that @c is @truth, as a guard; false when it names none. */
static bool cond_guard(ASTContext &ctx, guard_subjects &s, const Expr *c,
		       bool truth, guard &g)
{
	long long k;

	g = guard();
	for (int depth = 0; depth < 8; depth++) {
		c = c->IgnoreParenCasts();
		if (constant(ctx, c, &k))
			return false;
		if (auto *u = dyn_cast<UnaryOperator>(c)) {
			if (u->getOpcode() == UO_LNot) {
				truth = !truth;
				c = u->getSubExpr();
				continue;
			}
		}
		auto *b = dyn_cast<BinaryOperator>(c);
		if (b && b->getOpcode() == BO_And) {
			const Expr *other = b->getLHS();

			if (!constant(ctx, b->getRHS(), &k)) {
				other = b->getRHS();
				if (!constant(ctx, b->getLHS(), &k) || !k)
					return false;
			}
			if (!k)
				return false;
			g.kind = truth ? G_BIT_SET : G_BIT_CLEAR;
			g.nr = 1;
			g.vals[0] = k;
			g.strong = true;
			g.subject = s.subject(other);
			return keep(s, g, other);
		}
		if (b && (b->getOpcode() == BO_EQ || b->getOpcode() == BO_NE)) {
			const Expr *other = b->getLHS();

			if (!constant(ctx, b->getRHS(), &k)) {
				other = b->getRHS();
				if (!constant(ctx, b->getLHS(), &k))
					return false;
			}
			if (b->getOpcode() == BO_NE)
				truth = !truth;
			if (!k) {	/* x == 0: test x itself */
				truth = !truth;
				c = other;
				continue;
			}
			g.kind = truth ? G_IN : G_NOT_IN;
			g.nr = 1;
			g.vals[0] = k;
			g.strong = distinct(k);
			g.subject = s.subject(other);
			return keep(s, g, other);
		}
		/* the truth of a value */
		g.kind = truth ? G_TRUE : G_FALSE;
		g.subject = s.subject(c);
		return keep(s, g, c);
	}
	return false;
}

/* The cases of a switch that lead to @to (default: none of them). */
static bool switch_guard(ASTContext &ctx, guard_subjects &s,
			 const SwitchStmt *sw, const CFGBlock *to, guard &g)
{
	guard all;
	const Stmt *label = to->getLabel();
	const CaseStmt *cs = label ? dyn_cast<CaseStmt>(label) : nullptr;
	long long lo, hi;

	all.kind = G_NOT_IN;
	all.strong = true;
	for (const SwitchCase *c = sw->getSwitchCaseList(); c;
	     c = c->getNextSwitchCase()) {
		auto *one = dyn_cast<CaseStmt>(c);

		if (!one)
			continue;
		if (!constant(ctx, one->getLHS(), &lo))
			return false;
		hi = lo;
		if (one->getRHS() && !constant(ctx, one->getRHS(), &hi))
			return false;
		for (long long v = lo; v <= hi; v++) {
			if (all.nr == GUARD_VALS)
				return false;
			all.strong = all.strong && distinct(v);
			all.vals[all.nr++] = v;
		}
	}
	all.subject = s.subject(sw->getCond());
	if (!cs) {
		/* default, or past the switch: none of the cases */
		g = all;
		return all.nr > 0 && keep(s, all, sw->getCond());
	}
	g = guard();
	g.kind = G_IN;
	g.subject = all.subject;
	if (!constant(ctx, cs->getLHS(), &lo))
		return false;
	hi = lo;
	if (cs->getRHS() && !constant(ctx, cs->getRHS(), &hi))
		return false;
	if (hi - lo >= GUARD_VALS)
		return false;
	g.strong = true;
	for (long long v = lo; v <= hi; v++) {
		g.strong = g.strong && distinct(v);
		g.vals[g.nr++] = v;
	}
	return keep(s, g, sw->getCond()) && g.nr < all.nr;
}

static bool edge_guard(ASTContext &ctx, guard_subjects &s,
		       const CFGBlock *from, unsigned succ, const CFGBlock *to,
		       guard &g)
{
	const Stmt *t = from->getTerminatorStmt();

	if (!t)
		return false;
	if (auto *sw = dyn_cast<SwitchStmt>(t))
		return switch_guard(ctx, s, sw, to, g);
	const Expr *c = dyn_cast_or_null<Expr>(from->getTerminatorCondition());
	if (!c || from->succ_size() != 2 || succ > 1)
		return false;
	/* if (a && b): this block, the last one, evaluates b */
	while (auto *lo = dyn_cast<BinaryOperator>(c->IgnoreParens())) {
		if (!lo->isLogicalOp() || isa<BinaryOperator>(t))
			break;
		c = lo->getRHS();
	}
	if (from->succ_begin()[0].getReachableBlock() ==
	    from->succ_begin()[1].getReachableBlock())
		return false;
	return cond_guard(ctx, s, c, succ == 0, g);
}

static bool guards_same(const guards &a, const guards &b)
{
	if (a.nr != b.nr)
		return false;
	for (int i = 0; i < a.nr; i++)
		if (!guard_equal(a.g[i], b.g[i]))
			return false;
	return true;
}

std::vector<guards> guards_compute(const CFG &cfg, ASTContext &ctx,
				   guard_subjects &s)
{
	std::vector<guards> map(cfg.getNumBlockIDs());

	map[cfg.getEntry().getBlockID()].nr = 0;
	for (int pass = 0; pass < MAX_PASSES; pass++) {
		bool changed = false;

		for (const CFGBlock *b : cfg) {
			guards in;

			if (b == &cfg.getEntry())
				continue;
			for (const CFGBlock::AdjacentBlock &p : b->preds()) {
				const CFGBlock *pb = p.getReachableBlock();
				guards e;
				guard g;
				unsigned i = 0;

				if (!pb || map[pb->getBlockID()].nr < 0)
					continue;
				e = map[pb->getBlockID()];
				for (const CFGBlock::AdjacentBlock &sb : pb->succs()) {
					if (sb.getReachableBlock() == b &&
					    edge_guard(ctx, s, pb, i, b, g))
						guards_add(e, g);
					i++;
				}
				if (in.nr < 0)
					in = e;
				else
					guards_intersect(in, e);
			}
			if (in.nr >= 0 && !guards_same(in, map[b->getBlockID()])) {
				map[b->getBlockID()] = in;
				changed = true;
			}
		}
		if (!changed)
			break;
	}
	return map;
}

static bool in_set(long long v, const guard &g)
{
	for (int i = 0; i < g.nr; i++)
		if (g.vals[i] == v)
			return true;
	return false;
}

/* x and y cannot both hold (of the same value). */
static bool contradict(const guard &x, const guard &y)
{
	if (x.subject != y.subject && !(x.strong && y.strong))
		return false;
	if (x.kind == G_TRUE && y.kind == G_FALSE)
		return true;
	/* as guard.c: of two subjects, only the same mask */
	if (x.kind == G_BIT_SET && y.kind == G_BIT_CLEAR)
		return x.subject == y.subject ?
		       (x.vals[0] & y.vals[0]) == x.vals[0] :
		       x.vals[0] == y.vals[0];
	if (x.kind == G_IN && (y.kind == G_IN || y.kind == G_NOT_IN)) {
		for (int i = 0; i < x.nr; i++)
			if (in_set(x.vals[i], y) == (y.kind == G_IN))
				return false;
		return true;
	}
	return false;
}

bool guards_exclusive(const guards &a, const guards &b)
{
	for (int i = 0; i < a.nr; i++)
		for (int j = 0; j < b.nr; j++)
			if (contradict(a.g[i], b.g[j]) || contradict(b.g[j], a.g[i]))
				return true;
	return false;
}

} // namespace pincheck

namespace pincheck {

bool guards_will_pin(const guards &gs, guard_subjects &s)
{
	for (int i = 0; i < gs.nr; i++) {
		const guard &g = gs.g[i];

		if (!s.answer(g.subject))
			continue;
		if (g.kind == G_TRUE || g.kind == G_BIT_SET)
			return true;
		if (g.kind == G_IN && g.nr > 0 && g.vals[0])
			return true;
	}
	return false;
}

} // namespace pincheck
