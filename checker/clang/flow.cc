// SPDX-License-Identifier: GPL-2.0
/*
 * flow.cc - which families of references every value and location may
 * hold, within one function, over its clang::CFG.
 *
 * The semantics are checker/track.c's.  Sparse's IR is in SSA form, so
 * there a local scalar's value depends on the path: here local scalars
 * whose address is not taken (and parameters) are the data flow's state,
 * a forward analysis over the CFG whose join is the union.  Everything
 * else is memory, named by facts.h's locations and flow-insensitive as in
 * sparse: arrays, address-taken variables, struct members, what pointers
 * point to.  Calls of the model acquire and release; calls of the file's
 * functions apply their summaries.
 */
#include <memory>
#include <set>

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"

#include "flow.h"
#include "guard.h"
#include "partial.h"
#include "summary.h"

using namespace clang;

namespace pincheck {

constexpr int MAX_SWEEPS = 24;
constexpr int MAX_TU_PASSES = 12;

using state = std::map<const VarDecl *, fact>;

/* Where pages are: a value (level VALUE) or a location's contents. */
struct place {
	const Expr *val = nullptr;
	loc *l = nullptr;
	bool valid() const { return val || l; }
};

struct fn_info {
	const FunctionDecl *fd;
	std::unique_ptr<CFG> cfg;
	std::set<const VarDecl *> addr_taken;
	std::vector<const CFGBlock *> order;	/* reverse post-order */
	std::vector<state> out;
	std::vector<guards> gs;			/* by block ID */
	std::set<const VarDecl *> assigned;	/* parameters assigned to */
	std::vector<bool> reached;
};

/* Variables whose address is taken live in memory, not in the state. */
class addr_finder : public RecursiveASTVisitor<addr_finder> {
public:
	std::set<const VarDecl *> &found, &assigned;
	addr_finder(std::set<const VarDecl *> &f, std::set<const VarDecl *> &a)
		: found(f), assigned(a) {}
	static const VarDecl *var(const Expr *e)
	{
		auto *dr = dyn_cast<DeclRefExpr>(e->IgnoreParenImpCasts());

		return dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;
	}
	bool VisitUnaryOperator(UnaryOperator *u)
	{
		const VarDecl *vd = var(u->getSubExpr());

		if (vd && u->getOpcode() == UO_AddrOf)
			found.insert(vd);
		if (vd && u->isIncrementDecrementOp())
			assigned.insert(vd);
		return true;
	}
	bool VisitBinaryOperator(BinaryOperator *b)
	{
		const VarDecl *vd = b->isAssignmentOp() ? var(b->getLHS()) : nullptr;

		if (vd)
			assigned.insert(vd);
		return true;
	}
};

class tu_analysis : public guard_subjects, public partial_names {
public:
	explicit tu_analysis(ASTContext &c) : ctx(c), sm(c.getSourceManager()) {}
	void run();

private:
	ASTContext &ctx;
	const SourceManager &sm;
	loc_table locs;
	std::map<const VarDecl *, loc *> var_locs;
	std::map<const FieldDecl *, loc *> member_locs;
	std::map<const Expr *, loc *> anon_locs;
	std::map<const Expr *, fact> call_values;
	std::map<const CallExpr *, std::unique_ptr<origin>> origins;
	std::map<const FunctionDecl *, summary> summaries;
	std::vector<std::unique_ptr<fn_info>> fns;
	fn_info *cur = nullptr;
	summary *cur_sum = nullptr;
	state *st = nullptr;
	bool reporting = false;
	unsigned cur_block = 0;
	position call_pos_here;		/* the call judge_inlined() is at */

	/* guard.h's questions */
	const void *subject(const Expr *e) override;
	bool steady(const Expr *e, int depth) override;
	bool answer(const void *subject) override;
	const void *points_to(const Expr *e) override
	{
		loc *l = addr_loc(e);
		return l ? locs.rep(l) : nullptr;
	}
	const void *array_of(const Expr *e) override
	{
		e = e->IgnoreParens();
		if (auto *as = dyn_cast<ArraySubscriptExpr>(e))
			return points_to(as->getBase());
		if (auto *u = dyn_cast<UnaryOperator>(e))
			if (u->getOpcode() == UO_Deref)
				return points_to(u->getSubExpr());
		return nullptr;
	}
	std::set<const void *> answers;		/* places that keep one */
	std::set<const void *> answer_exprs;	/* subjects that are Exprs */
	std::map<const VarDecl *, std::set<loc *>> loaded_from;
	/*
	 * Releases in static inline functions, with what reaches them from
	 * memory: sparse inlines those into their callers and reports there,
	 * so they are judged at each call, not on their own.
	 */
	struct inline_release {
		release_site rel;
		fact f;
	};
	std::map<const FunctionDecl *, std::vector<inline_release>> inline_rels;
	void record_inline(const release_site &rel, const fact &f);
	void judge_inlined(const FunctionDecl *callee);
	void find_answers(const Stmt *s);
	const guards &guards_here() { return cur->gs[cur_block]; }

	/* names of memory */
	loc *var_loc(const VarDecl *vd);
	loc *member_loc(const FieldDecl *fd);
	loc *anon_loc(const Expr *e);
	loc *lval_loc(const Expr *e);
	loc *addr_loc(const Expr *e);
	bool tracked(const VarDecl *vd) const;
	const VarDecl *tracked_ref(const Expr *e) const;

	/* values */
	fact eval(const Expr *e);
	fact load(const Expr *e);
	bool value_merge(const Expr *e, const fact &f);

	/* places */
	place place_at(const Expr *e, level lvl);
	fact place_get(const place &pl);
	bool place_merge(const place &pl, const fact &f);
	bool api_place(const CallExpr *call, const api_entry *a, place &pl);
	bool fill_place(const place &pl, const fact &f);

	/* statements */
	void transfer(const Stmt *s);
	void do_call(const CallExpr *call);
	void do_acquire(const CallExpr *call, const api_entry *a);
	void do_release(const CallExpr *call, const api_entry *a);
	void check_release(const release_site &rel, const fact &f);
	void judge_release(const release_site &rel, const fact &f);
	void apply_summary(const CallExpr *call, const FunctionDecl *callee,
			   const summary &s);
	void apply_store(const CallExpr *call, const store_event &se);
	void do_assign(const Expr *lhs, const VarDecl *var, const Expr *rhs);
	void do_init_list(loc *cell, const InitListExpr *il);
	void store(loc *cell, const Expr *rhs);
	void store_events(loc *cell, const Expr *rhs);
	void do_return(const Expr *e);

	/* the function and the file */
	fn_info *prepare(const FunctionDecl *fd);
	state entry_state();
	bool sweep();
	void track_function(fn_info *fi, bool report);
	unsigned long changes() const;
	unsigned long extra_changes = 0;
};

static const Expr *call_arg(const CallExpr *call, int nr)
{
	if (nr < 1 || (unsigned)nr > call->getNumArgs())
		return nullptr;
	return call->getArg(nr - 1);
}

/* Pointers to pointers (or void *, which drivers cast back) name arrays. */
static bool points_to_pointer(QualType t)
{
	const Type *ty = t.getCanonicalType().getTypePtr();

	if (const ArrayType *at = dyn_cast<ArrayType>(ty))
		return at->getElementType()->isPointerType();
	if (!ty->isPointerType())
		return false;
	QualType p = ty->getPointeeType().getCanonicalType();
	return p->isPointerType() || p->isVoidType();
}

static bool expr_points_to_pointer(const Expr *e)
{
	return points_to_pointer(e->getType()) ||
	       points_to_pointer(e->IgnoreParenImpCasts()->getType());
}

/* ---- names of memory ---- */

loc *tu_analysis::var_loc(const VarDecl *vd)
{
	loc *&l = var_locs[vd->getCanonicalDecl()];

	if (!l)
		l = locs.fresh(!vd->hasLocalStorage());
	return locs.rep(l);
}

loc *tu_analysis::member_loc(const FieldDecl *fd)
{
	loc *&l = member_locs[fd->getCanonicalDecl()];

	if (!l)
		l = locs.fresh(true);
	return locs.rep(l);
}

loc *tu_analysis::anon_loc(const Expr *e)
{
	loc *&l = anon_locs[e];

	if (!l)
		l = locs.fresh(false);
	return locs.rep(l);
}

bool tu_analysis::tracked(const VarDecl *vd) const
{
	QualType t = vd->getType();

	return vd->hasLocalStorage() && !cur->addr_taken.count(vd) &&
	       (t->isPointerType() || t->isIntegralOrEnumerationType());
}

const VarDecl *tu_analysis::tracked_ref(const Expr *e) const
{
	const DeclRefExpr *dr = dyn_cast<DeclRefExpr>(e->IgnoreParens());
	const VarDecl *vd = dr ? dyn_cast<VarDecl>(dr->getDecl()) : nullptr;

	return vd && tracked(vd) ? vd : nullptr;
}

/* The memory an lvalue names. */
loc *tu_analysis::lval_loc(const Expr *e)
{
	e = e->IgnoreParens();
	if (auto *ce = dyn_cast<CastExpr>(e))
		if (ce->getCastKind() == CK_NoOp || ce->getCastKind() == CK_LValueBitCast)
			return lval_loc(ce->getSubExpr());
	if (auto *dr = dyn_cast<DeclRefExpr>(e))
		if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
			return var_loc(vd);
	if (auto *as = dyn_cast<ArraySubscriptExpr>(e))
		return addr_loc(as->getBase());
	if (auto *u = dyn_cast<UnaryOperator>(e))
		if (u->getOpcode() == UO_Deref)
			return addr_loc(u->getSubExpr());
	if (auto *me = dyn_cast<MemberExpr>(e))
		if (auto *fd = dyn_cast<FieldDecl>(me->getMemberDecl()))
			return member_loc(fd);
	return anon_loc(e);
}

/* The memory a pointer value points to; null for a constant. */
loc *tu_analysis::addr_loc(const Expr *e)
{
	e = e->IgnoreParens();
	if (auto *ce = dyn_cast<CastExpr>(e)) {
		switch (ce->getCastKind()) {
		case CK_ArrayToPointerDecay:
			return lval_loc(ce->getSubExpr());
		case CK_LValueToRValue:
			return locs.deref(lval_loc(ce->getSubExpr()));
		case CK_NullToPointer:
		case CK_FunctionToPointerDecay:
			return nullptr;
		default:
			if (ce->getSubExpr()->IgnoreParenCasts()->isIntegerConstantExpr(ctx))
				return nullptr;
			return addr_loc(ce->getSubExpr());
		}
	}
	if (auto *u = dyn_cast<UnaryOperator>(e)) {
		if (u->getOpcode() == UO_AddrOf)
			return lval_loc(u->getSubExpr());
		if (u->isIncrementDecrementOp())
			return addr_loc(u->getSubExpr());
	}
	if (auto *b = dyn_cast<BinaryOperator>(e)) {
		if (b->isAssignmentOp() || b->getOpcode() == BO_Comma)
			return addr_loc(b->getRHS());
		if (b->isAdditiveOp())
			return addr_loc(b->getLHS()->getType()->isPointerType() ?
					b->getLHS() : b->getRHS());
	}
	if (auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
		loc *a = addr_loc(co->getTrueExpr()), *b = addr_loc(co->getFalseExpr());

		if (a && b)
			locs.unify(a, b);
		return a ? locs.rep(a) : b;
	}
	if (auto *se = dyn_cast<StmtExpr>(e)) {
		const CompoundStmt *cs = se->getSubStmt();
		if (!cs->body_empty())
			if (auto *last = dyn_cast<Expr>(cs->body_back()))
				return addr_loc(last);
		return nullptr;
	}
	if (isa<IntegerLiteral>(e))
		return nullptr;
	if (e->isGLValue())		/* an array or a struct, not decayed */
		return lval_loc(e);
	return anon_loc(e);
}

/* ---- values ---- */

fact tu_analysis::load(const Expr *e)
{
	if (const VarDecl *vd = tracked_ref(e))
		return (*st)[vd];
	return locs.content(lval_loc(e));
}

fact tu_analysis::eval(const Expr *e)
{
	e = e->IgnoreParens();
	if (auto *ce = dyn_cast<CastExpr>(e)) {
		switch (ce->getCastKind()) {
		case CK_LValueToRValue:
			return load(ce->getSubExpr());
		case CK_ArrayToPointerDecay:
		case CK_FunctionToPointerDecay:
		case CK_NullToPointer:
			return fact();
		default:
			return eval(ce->getSubExpr());
		}
	}
	if (isa<CallExpr>(e)) {
		auto it = call_values.find(e);
		return it == call_values.end() ? fact() : it->second;
	}
	if (auto *b = dyn_cast<BinaryOperator>(e)) {
		fact f;

		switch (b->getOpcode()) {
		case BO_Assign: case BO_Comma:
			return eval(b->getRHS());
		/* page <-> pfn arithmetic keeps the page's family */
		case BO_Add: case BO_Sub: case BO_Mul: case BO_Div:
		case BO_Shl: case BO_Shr: case BO_And: case BO_Or:
			f = eval(b->getLHS());
			f.merge(eval(b->getRHS()));
			return f;
		default:
			return fact();
		}
	}
	if (auto *co = dyn_cast<AbstractConditionalOperator>(e)) {
		fact f = eval(co->getTrueExpr());

		f.merge(eval(co->getFalseExpr()));
		return f;
	}
	if (auto *u = dyn_cast<UnaryOperator>(e))
		if (u->isIncrementDecrementOp())
			return load(u->getSubExpr());
	if (auto *se = dyn_cast<StmtExpr>(e)) {
		const CompoundStmt *cs = se->getSubStmt();
		if (!cs->body_empty())
			if (auto *last = dyn_cast<Expr>(cs->body_back()))
				return eval(last);
	}
	return fact();
}

/* A page value also stands for the memory it was loaded from. */
bool tu_analysis::value_merge(const Expr *e, const fact &f)
{
	e = e->IgnoreParenCasts();
	if (auto *call = dyn_cast<CallExpr>(e)) {
		bool changed = call_values[call].merge(f);

		extra_changes += changed;
		return changed;
	}
	if (const VarDecl *vd = tracked_ref(e)) {
		bool changed = (*st)[vd].merge(f);

		/* in SSA the value is the load: its memory too */
		for (loc *l : loaded_from[vd])
			changed |= locs.merge(l, f);
		return changed;
	}
	if (e->isGLValue())
		return locs.merge(lval_loc(e), f);
	return false;
}

/* ---- places ---- */

/* The place @lvl steps from the value of @e: e, e[*], (*e)[*]. */
place tu_analysis::place_at(const Expr *e, level lvl)
{
	place pl;

	if (!e)
		return pl;
	if (e->IgnoreParenCasts()->isIntegerConstantExpr(ctx) ||
	    e->isNullPointerConstant(ctx, Expr::NPC_ValueDependentIsNotNull))
		return pl;
	if (lvl == LEVEL_VALUE) {
		pl.val = e;
		return pl;
	}
	pl.l = addr_loc(e);
	if (pl.l && lvl == LEVEL_DEREF)
		pl.l = locs.deref(pl.l);
	return pl;
}

fact tu_analysis::place_get(const place &pl)
{
	if (pl.l)
		return locs.content(pl.l);
	return pl.val ? eval(pl.val) : fact();
}

bool tu_analysis::place_merge(const place &pl, const fact &f)
{
	if (pl.l)
		return locs.merge(pl.l, f);
	return pl.val ? value_merge(pl.val, f) : false;
}

/* The bv_page members of the file's struct bio_vec. */
static const FieldDecl *bvec_page_field(ASTContext &ctx)
{
	auto res = ctx.getTranslationUnitDecl()->lookup(&ctx.Idents.get("bio_vec"));

	for (NamedDecl *d : res) {
		auto *rd = dyn_cast<RecordDecl>(d);
		if (!rd || !rd->getDefinition())
			continue;
		for (const FieldDecl *fd : rd->getDefinition()->fields())
			if (fd->getName() == "bv_page")
				return fd;
	}
	return nullptr;
}

bool tu_analysis::api_place(const CallExpr *call, const api_entry *a, place &pl)
{
	const Expr *e = a->arg ? call_arg(call, a->arg) : call;

	pl = place();
	switch (a->shape) {
	case SHAPE_PAGE:
		pl = place_at(e, LEVEL_VALUE);
		break;
	case SHAPE_ARRAY:
		pl = place_at(e, LEVEL_ELEM);
		break;
	case SHAPE_ALLOC:
		pl = place_at(e, LEVEL_DEREF);
		break;
	case SHAPE_BVEC:
		if (const FieldDecl *fd = bvec_page_field(ctx))
			pl.l = member_loc(fd);
		break;
	case SHAPE_LIST:
		break;
	}
	return pl.valid();
}

/* Pages went into @pl; if @pl is a parameter's, that is a fill. */
bool tu_analysis::fill_place(const place &pl, const fact &f)
{
	fact here = place_get(pl);
	bool changed = false;

	for_each_marker(here, [&](level l, int p) {
		changed |= cur_sum->add_fill(p + 1, l, f);
	});
	extra_changes += changed;
	return place_merge(pl, f) | changed;
}

/* ---- calls ---- */

static unsigned acquire_family(ASTContext &ctx, const CallExpr *call,
			       const api_entry *a)
{
	const Expr *flags;
	Expr::EvalResult r;

	if (a->family != FAM_FLAGS)
		return a->family;
	flags = call_arg(call, a->flags_arg);
	if (!flags || !flags->EvaluateAsInt(r, ctx) ||
	    r.Val.getInt().getBitWidth() > 64)
		return 0;	/* unknown: neither */
	return r.Val.getInt().getZExtValue() & FOLL_PIN_BIT ? FAM_PIN : FAM_GET;
}

void tu_analysis::do_acquire(const CallExpr *call, const api_entry *a)
{
	unsigned fam = acquire_family(ctx, call, a);
	std::unique_ptr<origin> &o = origins[call];
	place pl;
	fact f;

	if (!fam || !api_place(call, a, pl))
		return;
	if (!o)
		o.reset(new origin{ call_position(sm, call), a, fam, cur->fd,
				    guards_here() });
	f.add_origin(o.get());
	fill_place(pl, f);
}

/*
 * The first origin of family @fam in @f that can reach a release under
 * @g: one acquired under the opposite condition cannot.  Origins past
 * MAX_ORIGINS are not known; then any reaches.
 */
static const origin *reaching(const fact &f, unsigned fam, const guards &g,
			      bool *any)
{
	const origin *first = nullptr;

	for (const origin *o : f.origins) {
		if (!(o->fam & fam))
			continue;
		if (!first)
			first = o;
		if (!guards_exclusive(o->gs, g))
			return o;
	}
	*any = f.overflow & fam;
	return *any ? first : nullptr;
}

void tu_analysis::judge_release(const release_site &rel, const fact &f)
{
	unsigned wrong = rel.api->family == FAM_GET ? FAM_PIN : FAM_GET;
	const origin *bad, *good;
	bool any = false, any_good = false;

	if (rel.api->family != FAM_GET && rel.api->family != FAM_PIN)
		return;
	if (f.fam & FAM_COND) {
		/* pinned only when the iterator is user-backed (cond.c) */
		const origin *o = reaching(f, FAM_COND, rel.gs, &any);

		if (o && (rel.api->family == FAM_GET ||
			  !guards_will_pin(rel.gs, *this)))
			report_cond(rel, o);
		any = false;
	}
	if (!(f.fam & wrong))
		return;
	bad = reaching(f, wrong, rel.gs, &any);
	if (!bad && !any)
		return;
	good = reaching(f, rel.api->family, rel.gs, &any_good);
	report_release(rel, wrong, bad, good);
}

/* sparse inlines these: they have no findings of their own */
static bool inlined_by_sparse(const FunctionDecl *fd)
{
	return fd->isInlineSpecified() && fd->getStorageClass() == SC_Static;
}

void tu_analysis::record_inline(const release_site &rel, const fact &f)
{
	std::vector<inline_release> &v = inline_rels[cur->fd->getCanonicalDecl()];

	if (!f.fam)
		return;
	for (inline_release &ir : v) {
		if (ir.rel.api == rel.api && ir.rel.pos.file == rel.pos.file &&
		    ir.rel.pos.line == rel.pos.line &&
		    ir.rel.pos.col == rel.pos.col && ir.rel.caller == rel.caller) {
			extra_changes += ir.f.merge(f, false);
			return;
		}
	}
	v.push_back({ rel, fact() });
	v.back().f.merge(f, false);
	extra_changes++;
}

/* A call of a static inline function: its releases, as if inlined here. */
void tu_analysis::judge_inlined(const FunctionDecl *callee)
{
	auto it = inline_rels.find(callee->getCanonicalDecl());

	if (it == inline_rels.end())
		return;
	std::vector<inline_release> v = it->second;
	for (inline_release &ir : v) {
		if (!ir.rel.caller) {
			ir.rel.caller = cur->fd;
			ir.rel.callee = callee;
			ir.rel.call_pos = call_pos_here;
		}
		guards_add_all(ir.rel.gs, guards_here());
		if (inlined_by_sparse(cur->fd))
			record_inline(ir.rel, ir.f);
		else if (reporting)
			judge_release(ir.rel, ir.f);
	}
}

/* Parameters' pages make a release event of this function's summary. */
void tu_analysis::check_release(const release_site &rel, const fact &f)
{
	for_each_marker(f, [&](level l, int p) {
		extra_changes += cur_sum->add_release(p + 1, l, rel);
	});
	if (inlined_by_sparse(cur->fd))
		record_inline(rel, f);
	else if (reporting)
		judge_release(rel, f);
}

void tu_analysis::do_release(const CallExpr *call, const api_entry *a)
{
	release_site rel;
	place pl;

	rel.api = a;
	rel.pos = call_position(sm, call);
	rel.fn = cur->fd;
	rel.gs = guards_here();
	if (api_place(call, a, pl))
		check_release(rel, place_get(pl));
}

/*
 * The caller's pages (or array) at a parameter's place, stored by the
 * callee where every function sees them.
 */
void tu_analysis::apply_store(const CallExpr *call, const store_event &se)
{
	const Expr *arg = call_arg(call, se.param);
	place pl;

	if (!arg)
		return;
	if (se.array) {
		loc *arr = addr_loc(arg);

		if (!arr)
			return;
		for_each_marker(locs.content(arr), [&](level l, int p) {
			if (l == LEVEL_ELEM)
				extra_changes += cur_sum->add_store(p + 1, l,
								    se.cell, true);
		});
		locs.unify(locs.deref(se.cell), arr);
		return;
	}
	pl = place_at(arg, se.lvl);
	if (!pl.valid())
		return;
	fact f = place_get(pl);
	for_each_marker(f, [&](level l, int p) {
		extra_changes += cur_sum->add_store(p + 1, l, se.cell, false);
	});
	locs.merge(se.cell, f);
}

void tu_analysis::apply_summary(const CallExpr *call, const FunctionDecl *callee,
				const summary &s)
{
	/* copies: applying may grow this very summary (recursion) */
	std::vector<fill_event> fills = s.fills;
	std::vector<release_event> releases = s.releases;
	std::vector<store_event> stores = s.stores;
	fact ret = s.ret, ret_elem = s.ret_elem;

	for (const fill_event &fe : fills) {
		place pl = place_at(call_arg(call, fe.param), fe.lvl);

		if (pl.valid())
			fill_place(pl, fe.f);
	}
	for (const release_event &re : releases) {
		place pl = place_at(call_arg(call, re.param), re.lvl);
		release_site rel = re.rel;

		rel.caller = cur->fd;
		rel.callee = callee;
		rel.call_pos = call_position(sm, call);
		guards_add_all(rel.gs, guards_here());
		if (pl.valid())
			check_release(rel, place_get(pl));
	}
	for (const store_event &se : stores)
		apply_store(call, se);
	fact val = ret;
	for (unsigned &p : val.param)
		p = 0;
	for_each_marker(ret, [&](level l, int p) {
		place pl = place_at(call_arg(call, p + 1), l);

		if (pl.valid())
			val.merge(place_get(pl));
	});
	extra_changes += call_values[call].merge(val);
	if (ret_elem.fam && call->getType()->isPointerType())
		fill_place(place{ nullptr, anon_loc(call) }, ret_elem);
}

/*
 * The file that implements a modelled call (mm/gup.c) calls it with
 * states its callers never see: there its body says what it does.
 * Static inline helpers from headers stay modelled.
 */
static bool implemented_here(const FunctionDecl *fd)
{
	const FunctionDecl *def = fd->getDefinition();

	return def && def->getStorageClass() != SC_Static;
}

void tu_analysis::do_call(const CallExpr *call)
{
	const FunctionDecl *fd = call->getDirectCallee();
	const api_entry *a = nullptr;

	if (!fd || !fd->getIdentifier())
		return;
	if (!implemented_here(fd))
		a = model_lookup(fd->getName());
	if (a && (a->role == ROLE_ARRAY_FREE || a->role == ROLE_PIN_TEST))
		return;
	if (a) {
		if (a->role == ROLE_ACQUIRE)
			do_acquire(call, a);
		else
			do_release(call, a);
		return;
	}
	const FunctionDecl *def = fd->getDefinition();
	if (!def)
		return;
	auto it = summaries.find(def->getCanonicalDecl());
	if (it != summaries.end())
		apply_summary(call, def, it->second);
	if (inlined_by_sparse(def)) {
		call_pos_here = call_position(sm, call);
		judge_inlined(def);
	}
}

/* ---- stores and returns ---- */

/*
 * A parameter's pages, or its array, stored in a struct member: the
 * callers' pages go there (a store event of the summary).
 */
void tu_analysis::store_events(loc *cell, const Expr *rhs)
{
	if (!locs.rep(cell)->global)
		return;
	for_each_marker(eval(rhs), [&](level l, int p) {
		extra_changes += cur_sum->add_store(p + 1, l, cell, false);
	});
	if (!expr_points_to_pointer(rhs))
		return;
	loc *arr = addr_loc(rhs);
	if (!arr)
		return;
	for_each_marker(locs.content(arr), [&](level l, int p) {
		if (l == LEVEL_ELEM)
			extra_changes += cur_sum->add_store(p + 1, l, cell, true);
	});
}

/* A store of @rhs into memory @cell. */
void tu_analysis::store(loc *cell, const Expr *rhs)
{
	fact f = eval(rhs);

	store_events(cell, rhs);
	if (!f.empty())
		locs.merge(cell, f);
	if (expr_points_to_pointer(rhs))
		locs.unify(locs.deref(cell), addr_loc(rhs));
}

/*
 * { .pages = p, ... } and { p, q }: every member its initialiser, every
 * element of an array the one location of its elements (@cell).
 */
void tu_analysis::do_init_list(loc *cell, const InitListExpr *il)
{
	if (il->isSyntacticForm() && il->getSemanticForm())
		il = il->getSemanticForm();
	const RecordType *rt = il->getType()->getAsStructureType();
	unsigned i = 0;

	if (rt && rt->getDecl()->getDefinition()) {
		for (const FieldDecl *fd : rt->getDecl()->getDefinition()->fields()) {
			if (i >= il->getNumInits())
				break;
			const Expr *e = il->getInit(i++);
			if (auto *sub = dyn_cast<InitListExpr>(e))
				do_init_list(member_loc(fd), sub);
			else if (!isa<ImplicitValueInitExpr>(e))
				store(member_loc(fd), e);
		}
		return;
	}
	if (!il->getType()->isArrayType())
		return;
	for (const Expr *e : il->inits()) {
		if (auto *sub = dyn_cast<InitListExpr>(e))
			do_init_list(cell, sub);
		else if (!isa<ImplicitValueInitExpr>(e))
			store(cell, e);
	}
}

/* lhs = rhs, or a declaration of @var with rhs as its initializer */
void tu_analysis::do_assign(const Expr *lhs, const VarDecl *var, const Expr *rhs)
{
	const Expr *src = rhs->IgnoreParenCasts();

	if (!var && lhs)
		var = tracked_ref(lhs);
	if (!var || !tracked(var)) {
		store(var ? var_loc(var) : lval_loc(lhs), rhs);
		return;
	}
	(*st)[var] = eval(rhs);		/* a new SSA value */
	if (src->isGLValue() && !tracked_ref(src))
		loaded_from[var].insert(lval_loc(src));
	if (expr_points_to_pointer(rhs))
		locs.unify(locs.deref(var_loc(var)), addr_loc(rhs));
}

void tu_analysis::do_return(const Expr *e)
{
	if (!e)
		return;
	extra_changes += cur_sum->ret.merge(eval(e));
	if (!e->getType()->isPointerType())
		return;
	if (loc *arr = addr_loc(e))
		extra_changes += cur_sum->ret_elem.merge(locs.content(arr), false);
}

void tu_analysis::transfer(const Stmt *s)
{
	if (auto *call = dyn_cast<CallExpr>(s)) {
		do_call(call);
	} else if (auto *b = dyn_cast<BinaryOperator>(s)) {
		if (b->getOpcode() == BO_Assign)
			do_assign(b->getLHS(), nullptr, b->getRHS());
	} else if (auto *ds = dyn_cast<DeclStmt>(s)) {
		for (const Decl *d : ds->decls())
			if (auto *vd = dyn_cast<VarDecl>(d)) {
				const Expr *init = vd->getInit();

				if (auto *il = dyn_cast_or_null<InitListExpr>(init))
					do_init_list(var_loc(vd), il);
				else if (init)
					do_assign(nullptr, vd, init);
			}
	} else if (auto *r = dyn_cast<ReturnStmt>(s)) {
		do_return(r->getRetValue());
	}
}

/* ---- guards ---- */

/* What a condition tests: a parameter, the memory it was loaded from. */
const void *tu_analysis::subject(const Expr *e)
{
	e = e->IgnoreParenCasts();
	if (auto *dr = dyn_cast<DeclRefExpr>(e)) {
		if (auto *vd = dyn_cast<VarDecl>(dr->getDecl()))
			return tracked(vd) ? (const void *)vd : var_loc(vd);
	}
	if (e->isGLValue())
		return lval_loc(e);
	answer_exprs.insert(e);
	return e;
}

/*
 * A weak guard is compared with others of its subject, at other times:
 * that holds only for values that do not change in between: parameters
 * never assigned to, and what is computed from them.
 */
bool tu_analysis::steady(const Expr *e, int depth)
{
	e = e->IgnoreParenCasts();
	if (auto *dr = dyn_cast<DeclRefExpr>(e)) {
		auto *pd = dyn_cast<ParmVarDecl>(dr->getDecl());

		return pd && tracked(pd) && !cur->assigned.count(pd);
	}
	if (e->isIntegerConstantExpr(ctx))
		return true;
	if (auto *b = dyn_cast<BinaryOperator>(e))
		return depth <= 3 && !b->isLogicalOp() && !b->isAssignmentOp() &&
		       steady(b->getLHS(), depth + 1) &&
		       steady(b->getRHS(), depth + 1);
	return false;
}

/* Is this call a PIN_TEST of the model? */
static bool pin_test_call(const Expr *e)
{
	auto *call = dyn_cast<CallExpr>(e->IgnoreParenCasts());
	const FunctionDecl *fd = call ? call->getDirectCallee() : nullptr;
	const api_entry *a = fd && fd->getIdentifier() ?
		model_lookup(fd->getName()) : nullptr;

	return a && a->role == ROLE_PIN_TEST;
}

bool tu_analysis::answer(const void *subject)
{
	return answers.count(subject) ||
	       (answer_exprs.count(subject) && pin_test_call((const Expr *)subject));
}

/* Variables and members stored from a PIN_TEST call keep its answer. */
class answer_finder : public RecursiveASTVisitor<answer_finder> {
public:
	std::vector<std::pair<const Expr *, const VarDecl *>> found;
	bool VisitBinaryOperator(BinaryOperator *b)
	{
		if (b->getOpcode() == BO_Assign && pin_test_call(b->getRHS()))
			found.push_back({ b->getLHS(), nullptr });
		return true;
	}
	bool VisitVarDecl(VarDecl *vd)
	{
		if (vd->getInit() && pin_test_call(vd->getInit()))
			found.push_back({ nullptr, vd });
		return true;
	}
};

void tu_analysis::find_answers(const Stmt *body)
{
	answer_finder af;

	af.TraverseStmt(const_cast<Stmt *>(body));
	for (auto &p : af.found) {
		if (p.second)
			answers.insert(tracked(p.second) ? (const void *)p.second :
				       var_loc(p.second));
		else
			answers.insert(subject(p.first));
	}
}

/* ---- one function ---- */

static void post_order(const CFGBlock *b, std::vector<bool> &seen,
		       std::vector<const CFGBlock *> &out)
{
	seen[b->getBlockID()] = true;
	for (const CFGBlock::AdjacentBlock &s : b->succs())
		if (s.isReachable() && !seen[s->getBlockID()])
			post_order(s, seen, out);
	out.push_back(b);
}

fn_info *tu_analysis::prepare(const FunctionDecl *fd)
{
	auto fi = std::make_unique<fn_info>();
	CFG::BuildOptions bo;

	bo.setAllAlwaysAdd();
	fi->fd = fd;
	fi->cfg = CFG::buildCFG(fd, fd->getBody(), &ctx, bo);
	if (!fi->cfg)
		return nullptr;
	addr_finder(fi->addr_taken, fi->assigned).TraverseStmt(fd->getBody());
	cur = fi.get();
	find_answers(fd->getBody());
	cur = nullptr;
	std::vector<bool> seen(fi->cfg->getNumBlockIDs());
	post_order(&fi->cfg->getEntry(), seen, fi->order);
	std::reverse(fi->order.begin(), fi->order.end());
	fi->out.resize(fi->cfg->getNumBlockIDs());
	fi->reached.resize(fi->cfg->getNumBlockIDs());
	fns.push_back(std::move(fi));
	summaries[fd->getCanonicalDecl()];
	return fns.back().get();
}

/* Parameters carry markers, so that summaries can name them. */
state tu_analysis::entry_state()
{
	state in;
	state *saved = st;
	unsigned i = 0;

	st = &in;
	for (const ParmVarDecl *pd : cur->fd->parameters()) {
		fact m;
		unsigned bit;

		if (++i > MAX_PARAMS)
			break;
		bit = 1u << (i - 1);
		m.param[LEVEL_VALUE] = bit;
		if (tracked(pd))
			in[pd].merge(m);
		else
			locs.merge(var_loc(pd), m);
		if (!points_to_pointer(pd->getType()))
			continue;
		loc *arr = locs.deref(var_loc(pd));
		m.param[LEVEL_VALUE] = 0;
		m.param[LEVEL_ELEM] = bit;
		locs.merge(arr, m);
		m.param[LEVEL_ELEM] = 0;
		m.param[LEVEL_DEREF] = bit;
		locs.merge(locs.deref(arr), m);
	}
	st = saved;
	return in;
}

static bool state_merge(state &dst, const state &src)
{
	bool changed = false;

	for (const auto &kv : src)
		changed |= dst[kv.first].merge(kv.second);
	return changed;
}

/* One pass over the blocks; true when a block's out-state changed. */
bool tu_analysis::sweep()
{
	state entry = entry_state();
	bool changed = false;

	for (const CFGBlock *b : cur->order) {
		unsigned id = b->getBlockID();
		state s;

		if (b == &cur->cfg->getEntry())
			s = entry;
		for (const CFGBlock::AdjacentBlock &p : b->preds())
			if (p.isReachable() && cur->reached[p->getBlockID()])
				state_merge(s, cur->out[p->getBlockID()]);
		st = &s;
		cur_block = id;
		for (const CFGElement &el : *b)
			if (auto cs = el.getAs<CFGStmt>())
				transfer(cs->getStmt());
		st = nullptr;
		if (!cur->reached[id] || !(s == cur->out[id])) {
			changed |= state_merge(cur->out[id], s) || !cur->reached[id];
			cur->reached[id] = true;
		}
	}
	return changed;
}

unsigned long tu_analysis::changes() const
{
	return locs.changes + extra_changes;
}

void tu_analysis::track_function(fn_info *fi, bool report)
{
	cur = fi;
	cur_sum = &summaries[fi->fd->getCanonicalDecl()];
	int n;
	for (n = 0; n < MAX_SWEEPS; n++) {
		unsigned long before = changes();

		if (!sweep() && changes() == before)
			break;
	}
	if (n == MAX_SWEEPS && report)
		report_note(position_of(sm, fi->fd->getLocation()),
			    fi->fd->getNameAsString() + "(): pincheck stopped after " +
			    std::to_string(MAX_SWEEPS) +
			    " passes; its findings may be incomplete");
	if (report) {
		reporting = true;
		sweep();
		reporting = false;
		partial_check(*fi->cfg, ctx, *this, fi->fd);
	}
	cur = nullptr;
}

/* ---- the file ---- */

void tu_analysis::run()
{
	for (const Decl *d : ctx.getTranslationUnitDecl()->decls()) {
		auto *fd = dyn_cast<FunctionDecl>(d);

		if (!fd || !fd->doesThisDeclarationHaveABody() || !fd->getBody())
			continue;
		/* a modelled call's own body is the model's business */
		if (fd->getIdentifier() && !implemented_here(fd) &&
		    model_lookup(fd->getName()))
			continue;
		prepare(fd);
	}
	/* every answer of the file is known: now the guards */
	for (auto &fi : fns) {
		cur = fi.get();
		fi->gs = guards_compute(*fi->cfg, ctx, *this);
		for (guards &g : fi->gs)
			if (g.nr < 0)
				g.nr = 0;
		cur = nullptr;
	}
	bool changed = true;
	for (int pass = 0; changed && pass < MAX_TU_PASSES; pass++) {
		unsigned long before = changes();

		for (auto &fi : fns)
			track_function(fi.get(), false);
		changed = changes() != before;
	}
	if (changed && !fns.empty())
		report_note(position_of(sm, fns.front()->fd->getLocation()),
			    "pincheck stopped after " + std::to_string(MAX_TU_PASSES) +
			    " passes over this file; its findings may be incomplete");
	for (auto &fi : fns)
		track_function(fi.get(), true);
}

void analyse_tu(ASTContext &ctx)
{
	tu_analysis(ctx).run();
}

} // namespace pincheck
