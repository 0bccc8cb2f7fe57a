// SPDX-License-Identifier: GPL-2.0
/*
 * partial.cc - partial-pin leaks, over clang's CFG.
 *
 *	n = pin_user_pages_fast(uaddr, nr, FOLL_WRITE, pages);
 *	if (n != nr)
 *		return -EFAULT;		<- leaks the n pages when 0 < n < nr
 *
 * From the short side of such a test, every path to a return is
 * followed; one that meets nothing that could release the pages is
 * reported, at the return.  Could release: a call given the array (or a
 * page loaded from it), a call, a store or a return given the count, a
 * model release, a loop bounded by the count.  A test of n against 0
 * prunes the side where nothing was taken; a constant asked-for count
 * below 2 cannot be short.  Sparse's IR is SSA: "the count" is the
 * call's value; here it is the call, and the variables assigned from it.
 */
#include <algorithm>
#include <map>
#include <set>

#include "model.h"
#include "partial.h"
#include "report.h"

using namespace clang;

namespace pincheck {

constexpr unsigned MAX_VISIT = 4096;

struct acquisition {
	const CallExpr *call;
	const api_entry *api;
	const void *array;
	std::set<const VarDecl *> count_vars;
	const FunctionDecl *fn;		/* the function it is in */
};

struct walk {
	ASTContext &ctx;
	partial_names &names;
	const acquisition &a;
	const BinaryOperator *test;	/* whose short side we follow */
	bool short_true;
	std::set<const CFGBlock *> seen;
	position exit;
};

static bool constant(ASTContext &ctx, const Expr *e, long long *v)
{
	Expr::EvalResult r;

	if (!e || e->isValueDependent() || !e->EvaluateAsInt(r, ctx) ||
	    r.Val.getInt().getBitWidth() > 64)
		return false;
	*v = r.Val.getInt().getExtValue();
	return true;
}

static const VarDecl *var_of(const Expr *e)
{
	auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenCasts());

	return dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
}

/* Whether @e is the count, through casts. */
static bool is_count(const Expr *e, const acquisition &a)
{
	const VarDecl *vd;

	if (!e)
		return false;
	e = e->IgnoreParenCasts();
	if (e == a.call)
		return true;
	vd = var_of(e);
	return vd && a.count_vars.count(vd);
}

static const BinaryOperator *compare_of(const Expr *e)
{
	auto *b = e ? dyn_cast<BinaryOperator>(e->IgnoreParenCasts()) : nullptr;

	return b && b->isComparisonOp() ? b : nullptr;
}

static BinaryOperatorKind swap_op(BinaryOperatorKind op)
{
	switch (op) {
	case BO_LT: return BO_GT;
	case BO_GT: return BO_LT;
	case BO_LE: return BO_GE;
	case BO_GE: return BO_LE;
	default: return op;
	}
}

static BinaryOperatorKind negate_op(BinaryOperatorKind op)
{
	switch (op) {
	case BO_LT: return BO_GE;
	case BO_GE: return BO_LT;
	case BO_GT: return BO_LE;
	case BO_LE: return BO_GT;
	case BO_EQ: return BO_NE;
	case BO_NE: return BO_EQ;
	default: return op;
	}
}

/*
 * Whether the arm of "n <op> 0 ? a : b" taken when the test is @taken can
 * hold a positive n: not the n of "n < 0 ? n : -EFAULT", an error.
 */
static bool arm_may_be_positive(const ConditionalOperator *co,
				const acquisition &a, bool taken, ASTContext &ctx)
{
	const BinaryOperator *cmp = compare_of(co->getCond());
	long long v;

	if (!cmp || !is_count(cmp->getLHS(), a) ||
	    !constant(ctx, cmp->getRHS(), &v) || v)
		return true;
	BinaryOperatorKind op = taken ? cmp->getOpcode() :
					negate_op(cmp->getOpcode());
	return op != BO_LT && op != BO_LE && op != BO_EQ;
}

/* n itself, or a choice that may be a positive n */
static bool carries_count(const Expr *e, const acquisition &a,
			  ASTContext &ctx, int depth)
{
	if (!e)
		return false;
	if (is_count(e, a))
		return true;
	auto *co = dyn_cast<ConditionalOperator>(e->IgnoreParenCasts());
	if (!co || depth > 4)
		return false;
	return (carries_count(co->getTrueExpr(), a, ctx, depth + 1) &&
		arm_may_be_positive(co, a, true, ctx)) ||
	       (carries_count(co->getFalseExpr(), a, ctx, depth + 1) &&
		arm_may_be_positive(co, a, false, ctx));
}

/* A pointer that names the array, or a page loaded from it. */
static bool touches_array(const Expr *e, const acquisition &a,
			  partial_names &names)
{
	const Expr *s = e->IgnoreParenCasts();

	if (e->getType()->isPointerType() && names.points_to(e) == a.array)
		return true;
	return s->isGLValue() && names.array_of(s) == a.array;
}

/* Whether @s may release the pages, or hand them, or their count, on. */
static bool handles(const Stmt *s, const acquisition &a, ASTContext &ctx,
		    partial_names &names)
{
	if (auto *call = dyn_cast<CallExpr>(s)) {
		const FunctionDecl *fd = call->getDirectCallee();
		const api_entry *api = fd && fd->getIdentifier() ?
			model_lookup(fd->getName()) : nullptr;

		if (call == a.call)
			return false;
		if (api && api->role == ROLE_RELEASE)
			return true;
		if (api && api->role == ROLE_ARRAY_FREE)
			return false;	/* the array goes, the pages stay */
		for (const Expr *arg : call->arguments())
			if (carries_count(arg, a, ctx, 0) ||
			    touches_array(arg, a, names))
				return true;
		return false;
	}
	if (auto *b = dyn_cast<BinaryOperator>(s)) {
		const VarDecl *vd = var_of(b->getLHS());

		/* a local's copy is the count itself (SSA): not handed on */
		if (vd && vd->hasLocalStorage())
			return false;
		return b->getOpcode() == BO_Assign &&
		       carries_count(b->getRHS(), a, ctx, 0);
	}
	if (auto *r = dyn_cast<ReturnStmt>(s))
		return carries_count(r->getRetValue(), a, ctx, 0);
	return false;
}

/* The successor the short side of @cmp leads to (0 true, 1 false), or -1. */
static int short_side(const BinaryOperator *cmp, const acquisition &a,
		      ASTContext &ctx)
{
	bool n_left = is_count(cmp->getLHS(), a);
	long long v;

	if (!n_left && !is_count(cmp->getRHS(), a))
		return -1;
	if (constant(ctx, n_left ? cmp->getRHS() : cmp->getLHS(), &v) && v < 2)
		return -1;	/* against 0 or 1: not a short count */
	BinaryOperatorKind op = n_left ? cmp->getOpcode() :
					 swap_op(cmp->getOpcode());
	switch (op) {
	case BO_NE: case BO_LT:
		return 0;
	case BO_EQ: case BO_GE:
		return 1;
	default:
		return -1;
	}
}

/* The side of a test where the count is 0 or less, or -1. */
static int empty_side(const Expr *c, const walk &w)
{
	const acquisition &a = w.a;
	long long v;

	if (is_count(c, a))				/* if (n) */
		return 1;
	if (c->getType()->isPointerType() &&
	    w.names.points_to(c) == a.array)		/* if (pages) */
		return 1;
	const BinaryOperator *cmp = compare_of(c);
	if (!cmp)
		return -1;
	BinaryOperatorKind op = cmp->getOpcode();
	const Expr *other;
	if (is_count(cmp->getLHS(), a)) {
		other = cmp->getRHS();
	} else if (is_count(cmp->getRHS(), a)) {
		other = cmp->getLHS();
		op = swap_op(op);
	} else {
		return -1;
	}
	if (!constant(w.ctx, other, &v))
		return -1;
	switch (op) {
	case BO_GT: return v <= 0 ? 1 : -1;		/* n > 0 */
	case BO_GE: return v <= 1 ? 1 : -1;		/* n >= 0, n >= 1 */
	case BO_LE: return v <= 0 ? 0 : -1;		/* n <= 0 */
	case BO_LT: return v <= 1 ? 0 : -1;		/* n < 0, n < 1 */
	case BO_EQ: return v == 0 ? 0 : -1;		/* n == 0 */
	case BO_NE: return v == 0 ? 1 : -1;		/* n != 0 */
	default: return -1;
	}
}

/* "i < n" against anything but a constant: the loop over the n pages */
static bool bounded_by_count(const Expr *c, const acquisition &a,
			     ASTContext &ctx)
{
	const BinaryOperator *cmp = compare_of(c);
	long long v;

	if (!cmp)
		return false;
	if (is_count(cmp->getLHS(), a))
		return !constant(ctx, cmp->getRHS(), &v);
	if (is_count(cmp->getRHS(), a))
		return !constant(ctx, cmp->getLHS(), &v);
	return false;
}

/* The same value: one variable, one constant, one member of the same. */
static bool same_value(const Expr *p, const Expr *q, const acquisition &a,
		       ASTContext &ctx)
{
	long long x, y;

	p = p->IgnoreParenCasts();
	q = q->IgnoreParenCasts();
	if (p == q || (is_count(p, a) && is_count(q, a)))
		return true;
	if (constant(ctx, p, &x) && constant(ctx, q, &y))
		return x == y;
	const VarDecl *vp = var_of(p), *vq = var_of(q);
	if (vp || vq)
		return vp == vq;
	auto *mp = dyn_cast<MemberExpr>(p), *mq = dyn_cast<MemberExpr>(q);
	if (mp && mq)
		return mp->getMemberDecl() == mq->getMemberDecl() &&
		       same_value(mp->getBase(), mq->getBase(), a, ctx);
	return false;
}

/* What @c is on a path from the short side: 1, 0, or -1 (not known). */
static int test_value(const walk &w, const Expr *c)
{
	const BinaryOperator *c1 = w.test, *c2 = compare_of(c);
	BinaryOperatorKind op;

	if (!c2)
		return -1;
	if (c2 == c1)
		return w.short_true;
	if (same_value(c1->getLHS(), c2->getLHS(), w.a, w.ctx) &&
	    same_value(c1->getRHS(), c2->getRHS(), w.a, w.ctx))
		op = c2->getOpcode();
	else if (same_value(c1->getLHS(), c2->getRHS(), w.a, w.ctx) &&
		 same_value(c1->getRHS(), c2->getLHS(), w.a, w.ctx))
		op = swap_op(c2->getOpcode());
	else
		return -1;
	if (op == c1->getOpcode())
		return w.short_true;
	return op == negate_op(c1->getOpcode()) ? !w.short_true : -1;
}

static bool known_nonzero(const Expr *e, const walk &w, int depth);

/* the arm of a choice taken when its test is @taken is surely not 0 */
static bool arm_nonzero(const ConditionalOperator *co, const Expr *arm,
			bool taken, const walk &w, int depth)
{
	const BinaryOperator *cmp = compare_of(co->getCond());
	long long v;

	if (known_nonzero(arm, w, depth + 1))
		return true;
	if (!cmp || !same_value(cmp->getLHS(), arm, w.a, w.ctx) ||
	    !constant(w.ctx, cmp->getRHS(), &v) || v)
		return false;
	BinaryOperatorKind op = taken ? cmp->getOpcode() :
					negate_op(cmp->getOpcode());
	return op == BO_LT || op == BO_GT || op == BO_NE;
}

static bool known_nonzero(const Expr *e, const walk &w, int depth)
{
	long long v;

	e = e->IgnoreParenCasts();
	if (constant(w.ctx, e, &v))
		return v != 0;
	auto *co = dyn_cast<ConditionalOperator>(e);
	if (!co || depth > 4)
		return false;
	return arm_nonzero(co, co->getTrueExpr(), true, w, depth) &&
	       arm_nonzero(co, co->getFalseExpr(), false, w, depth);
}

/* where sparse places a returned value: its operator, or its start */
static position value_position(const SourceManager &sm, const Expr *e)
{
	e = e->IgnoreImplicit();
	if (auto *call = dyn_cast<CallExpr>(e->IgnoreParens()))
		return call_position(sm, call);
	if (auto *b = dyn_cast<BinaryOperator>(e))
		return position_of(sm, b->getOperatorLoc());
	if (auto *co = dyn_cast<ConditionalOperator>(e))	/* as sparse */
		return position_of(sm, co->getCond()->getEndLoc());
	return position_of(sm, e->getBeginLoc());
}

/* On one path: variables surely nonzero, variables that hold the count. */
struct path_state {
	std::map<const VarDecl *, bool> known;
	std::set<const VarDecl *> counts;
};

/* An assignment on the path: the count moves, a value becomes known. */
static void assign(walk &w, path_state &ps, const acquisition &a,
		   const VarDecl *vd, const Expr *rhs)
{
	ps.known[vd] = known_nonzero(rhs, w, 0);
	if (carries_count(rhs, a, w.ctx, 0))
		ps.counts.insert(vd);
	else
		ps.counts.erase(vd);
}

/*
 * What a two-way block tests: in "if (a || b)" clang gives a and b blocks
 * of their own, and the last one's terminator names the whole condition.
 */
static const Expr *branch_condition(const CFGBlock *b)
{
	const Expr *c = dyn_cast_or_null<Expr>(b->getTerminatorCondition());
	const Stmt *t = b->getTerminatorStmt();

	while (c && !isa_and_nonnull<BinaryOperator>(t)) {
		auto *lo = dyn_cast<BinaryOperator>(c->IgnoreParens());

		if (!lo || !lo->isLogicalOp())
			break;
		c = lo->getRHS();
	}
	return c;
}

/* if (ret), if (ret != 0): ret was set surely nonzero on this path */
static int decided_by_known(const walk &w, const Expr *c, const path_state &ps)
{
	bool truth = true;
	long long v;
	const BinaryOperator *cmp = compare_of(c);

	if (cmp && (cmp->getOpcode() == BO_NE || cmp->getOpcode() == BO_EQ) &&
	    constant(w.ctx, cmp->getRHS(), &v) && !v) {
		truth = cmp->getOpcode() == BO_NE;
		c = cmp->getLHS();
	}
	const VarDecl *vd = var_of(c);
	auto it = vd ? ps.known.find(vd) : ps.known.end();
	if (it == ps.known.end() || !it->second)
		return -1;
	return truth ? 1 : 0;
}

/* Whether a path from @b reaches a return with nothing that handles. */
static bool leaks(walk &w, const CFGBlock *b, path_state ps)
{
	const SourceManager &sm = w.ctx.getSourceManager();
	acquisition a = w.a;

	if (!b || w.seen.count(b) || w.seen.size() >= MAX_VISIT)
		return false;
	w.seen.insert(b);
	for (const CFGElement &el : *b) {
		auto cs = el.getAs<CFGStmt>();
		const Stmt *s = cs ? cs->getStmt() : nullptr;

		if (!s)
			continue;
		a.count_vars = ps.counts;
		if (handles(s, a, w.ctx, w.names))
			return false;
		if (auto *r = dyn_cast<ReturnStmt>(s)) {
			w.exit = r->getRetValue() ?
				value_position(sm, r->getRetValue()) :
				position_of(sm, r->getBeginLoc());
			return true;
		}
		if (auto *bo = dyn_cast<BinaryOperator>(s)) {
			const VarDecl *vd = var_of(bo->getLHS());

			if (bo->getOpcode() == BO_Assign && vd)
				assign(w, ps, a, vd, bo->getRHS());
		}
	}
	a.count_vars = ps.counts;
	if (b->hasNoReturnElement())
		return false;
	const Expr *c = branch_condition(b);
	int skip = -1;
	if (c && b->succ_size() == 2) {
		/* the tests, with the count as it is on this path */
		walk pw{ w.ctx, w.names, a, w.test, w.short_true, {}, {} };
		int value = test_value(pw, c);

		if (bounded_by_count(c, a, w.ctx))
			return false;
		if (value < 0)
			value = decided_by_known(pw, c, ps);
		skip = empty_side(c, pw);
		if (value >= 0) {
			const CFGBlock *only = b->succ_begin()[value ? 0 : 1];
			return leaks(w, only, ps);
		}
	}
	int i = 0;
	for (const CFGBlock::AdjacentBlock &s : b->succs()) {
		const CFGBlock *sb = s.getReachableBlock();

		if (i++ != skip && sb && leaks(w, sb, ps))
			return true;
	}
	return false;
}

/* Whether the count or the pages were handed on between call and test. */
static bool handed_on_before(const CFGBlock *tb, const acquisition &a,
			     ASTContext &ctx, partial_names &names)
{
	const CFGBlock *b = tb;

	for (int steps = 0; b && steps < 16; steps++) {
		bool after_call = true, has_call = false;

		for (const CFGElement &el : *b)
			if (auto cs = el.getAs<CFGStmt>())
				has_call |= cs->getStmt() == a.call;
		after_call = !has_call;
		for (const CFGElement &el : *b) {
			auto cs = el.getAs<CFGStmt>();

			if (!cs)
				continue;
			if (cs->getStmt() == a.call)
				after_call = true;
			else if (after_call && handles(cs->getStmt(), a, ctx, names))
				return true;
		}
		if (has_call || b->pred_size() != 1)
			return false;
		b = b->pred_begin()->getReachableBlock();
	}
	return false;
}

/* The value that @s gives @vd, if it assigns it; else null. */
static const Expr *assigned_value(const Stmt *s, const VarDecl *vd, bool *hit)
{
	*hit = false;
	if (auto *bo = dyn_cast<BinaryOperator>(s)) {
		if (bo->isAssignmentOp() && var_of(bo->getLHS()) == vd) {
			*hit = true;
			return bo->getOpcode() == BO_Assign ? bo->getRHS() : nullptr;
		}
	} else if (auto *u = dyn_cast<UnaryOperator>(s)) {
		if (u->isIncrementDecrementOp() && var_of(u->getSubExpr()) == vd)
			*hit = true;
	} else if (auto *ds = dyn_cast<DeclStmt>(s)) {
		for (const Decl *d : ds->decls())
			if (d == vd) {
				*hit = true;
				return vd->getInit();
			}
	}
	return nullptr;
}

/*
 * Whether every definition of @vd that reaches the end of @b (or, with
 * @before, the end of its first @before elements) is the call's value:
 * sparse's SSA names one value the count, not a variable.
 */
static bool only_call_reaches(const CFGBlock *b, int before, const VarDecl *vd,
			      const acquisition &a,
			      std::set<const CFGBlock *> &seen)
{
	int n = before >= 0 ? before : (int)b->size();

	for (int i = n - 1; i >= 0; i--) {
		auto cs = (*b)[i].getAs<CFGStmt>();
		bool hit;
		const Expr *v;

		if (!cs)
			continue;
		v = assigned_value(cs->getStmt(), vd, &hit);
		if (hit)
			return v && v->IgnoreParenCasts() == a.call;
	}
	if (b->pred_empty() || seen.size() > MAX_VISIT)
		return false;
	for (const CFGBlock::AdjacentBlock &p : b->preds()) {
		const CFGBlock *pb = p.getReachableBlock();

		if (!pb || seen.count(pb))
			continue;
		seen.insert(pb);
		if (!only_call_reaches(pb, -1, vd, a, seen))
			return false;
	}
	return true;
}

/* A test of the count itself, not of a variable that may hold another. */
static bool tests_the_count(const BinaryOperator *cmp, const CFGBlock *b,
			    const acquisition &a)
{
	for (const Expr *side : { cmp->getLHS(), cmp->getRHS() }) {
		const VarDecl *vd = var_of(side);
		std::set<const CFGBlock *> seen;

		if (side->IgnoreParenCasts() == a.call)
			return true;
		if (vd && a.count_vars.count(vd))
			return only_call_reaches(b, -1, vd, a, seen);
	}
	return false;
}

static void check_acquisition(const CFG &cfg, ASTContext &ctx,
			      partial_names &names, const acquisition &a)
{
	const SourceManager &sm = ctx.getSourceManager();
	std::vector<std::pair<const BinaryOperator *, const CFGBlock *>> tests;

	for (const CFGBlock *b : cfg) {
		const Expr *c = branch_condition(b);
		const BinaryOperator *cmp = compare_of(c);

		/* sparse makes "c ? a : b" of plain values a select, no test */
		if (isa_and_nonnull<AbstractConditionalOperator>(b->getTerminatorStmt()))
			continue;
		if (cmp && b->succ_size() == 2)
			tests.push_back({ cmp, b });
	}
	/* as sparse meets them: in the order of the source */
	std::sort(tests.begin(), tests.end(), [&](const auto &x, const auto &y) {
		return sm.isBeforeInTranslationUnit(x.first->getOperatorLoc(),
						    y.first->getOperatorLoc());
	});
	for (const auto &t : tests) {
		const BinaryOperator *cmp = t.first;
		const CFGBlock *b = t.second;
		int side;

		side = short_side(cmp, a, ctx);
		if (side < 0 || !tests_the_count(cmp, b, a) ||
		    handed_on_before(b, a, ctx, names))
			continue;
		walk w{ ctx, names, a, cmp, side == 0, {}, {} };
		const CFGBlock *start = b->succ_begin()[side].getReachableBlock();
		path_state ps;

		ps.counts = a.count_vars;
		if (leaks(w, start, ps))
			report_partial(w.exit, a.api, call_position(sm, a.call),
				       position_of(sm, cmp->getOperatorLoc()),
				       a.fn);
	}
}

/* The variables the call's value is assigned to: the count. */
static void find_count_vars(const CFG &cfg, acquisition &a)
{
	for (const CFGBlock *b : cfg) {
		for (const CFGElement &el : *b) {
			auto cs = el.getAs<CFGStmt>();
			const Stmt *s = cs ? cs->getStmt() : nullptr;

			if (auto *bo = dyn_cast_or_null<BinaryOperator>(s)) {
				const VarDecl *vd = var_of(bo->getLHS());

				if (bo->getOpcode() == BO_Assign && vd &&
				    bo->getRHS()->IgnoreParenCasts() == a.call)
					a.count_vars.insert(vd);
			} else if (auto *ds = dyn_cast_or_null<DeclStmt>(s)) {
				for (const Decl *d : ds->decls()) {
					auto *vd = dyn_cast<VarDecl>(d);

					if (vd && vd->getInit() &&
					    vd->getInit()->IgnoreParenCasts() == a.call)
						a.count_vars.insert(vd);
				}
			}
		}
	}
}

/* A gup call that returns how many pages it took, into an array. */
static bool acquisition_of(const CallExpr *call, ASTContext &ctx,
			   partial_names &names, acquisition &a)
{
	const FunctionDecl *callee = call->getDirectCallee();
	long long v;

	if (!callee || !callee->getIdentifier())
		return false;
	a.call = call;
	a.api = model_lookup(callee->getName());
	if (!a.api || a.api->role != ROLE_ACQUIRE || !a.api->count_arg ||
	    a.api->shape != SHAPE_ARRAY)
		return false;
	if (callee->getDefinition() &&
	    callee->getDefinition()->getStorageClass() != SC_Static)
		return false;		/* implemented here */
	if ((unsigned)a.api->arg > call->getNumArgs() ||
	    (unsigned)a.api->count_arg > call->getNumArgs())
		return false;
	const Expr *arr = call->getArg(a.api->arg - 1);
	if (!arr->getType()->isPointerType())
		return false;
	/* asked for one page (or none): it cannot take some but not all */
	if (constant(ctx, call->getArg(a.api->count_arg - 1), &v) && v < 2)
		return false;
	a.array = names.points_to(arr);
	return a.array != nullptr;
}

void partial_check(const CFG &cfg, ASTContext &ctx, partial_names &names,
		   const FunctionDecl *fd)
{
	std::vector<const CallExpr *> calls;
	const SourceManager &sm = ctx.getSourceManager();

	for (const CFGBlock *b : cfg)
		for (const CFGElement &el : *b)
			if (auto cs = el.getAs<CFGStmt>())
				if (auto *call = dyn_cast<CallExpr>(cs->getStmt()))
					calls.push_back(call);
	/* in the order of the source, as sparse meets them */
	std::sort(calls.begin(), calls.end(), [&](const CallExpr *x, const CallExpr *y) {
		return sm.isBeforeInTranslationUnit(x->getBeginLoc(), y->getBeginLoc());
	});
	for (const CallExpr *call : calls) {
		acquisition a;

		a.fn = fd;
		if (!acquisition_of(call, ctx, names, a))
			continue;
		find_count_vars(cfg, a);
		check_acquisition(cfg, ctx, names, a);
	}
}

} // namespace pincheck
