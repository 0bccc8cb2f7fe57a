// SPDX-License-Identifier: GPL-2.0
/*
 * lower.cc - clang's AST lowered to the core's IR (core/ir.h), in the
 * shape sparse gives checker/lower.c, so that the one analysis sees the
 * same program from both front ends.
 *
 * Each function is linearized from its AST as sparse linearizes it (not
 * from clang's CFG, whose blocks split every "?:" and "&&" and keep
 * returns apart): blocks of instructions, one return block fed by the
 * return statements, selects for cheap conditionals, and local scalars
 * whose address is never taken as SSA values, built while linearizing
 * (Braun et al., "Simple and Efficient Construction of SSA Form").  The
 * blocks, the SSA form and the end (the few simplifications of sparse
 * the analysis notices: trivial phis, constants folded, dead code, phis
 * of two arms of a branch as selects, empty blocks and straight lines
 * packed) are core/build.c's: this file walks the AST and drives it.
 *
 * Memory is named by core/types.c, as for lower.c: each value carries
 * its clang type (a QualType's opaque pointer), and clang_types below
 * answers the walk's questions about them.
 */
#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecordLayout.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/Builtins.h"

#include "lower.h"
#include "model.h"
#include "report.h"
#include "../core/build.h"
#include "../core/types.h"
#include "../core/util.h"

using namespace clang;

namespace pincheck {
namespace {

#define MAX_WALK	32

/* sparse's expansion costs (expand.h): what makes a select, a safe "&&" */
#define SELECT_COST	20
#define BRANCH_COST	10
#define UNSAFE		100
#define SIDE_EFFECTS	10000

/* ---- the unit ---- */

struct unit_state {
	ASTContext *ctx = nullptr;
	pc_arena arena = {};
	pc_build_unit bu = {};
	std::unordered_map<const void *, pc_sym *> syms;
	std::unordered_map<const void *, pc_value *> sym_values;
	pc_resolver resolver = {};
	std::unordered_map<std::string, const char *> names;
};

static unit_state *U;
static pc_value void_value = { PC_VAL_VOID };

template <class T> static T *alloc(size_t n = 1)
{
	return static_cast<T *>(pc_arena_alloc(&U->arena, n * sizeof(T) + 1));
}

static const char *intern(const std::string &s)
{
	auto it = U->names.find(s);

	if (it != U->names.end())
		return it->second;
	char *p = alloc<char>(s.size() + 1);
	memcpy(p, s.c_str(), s.size());
	U->names[s] = p;
	return p;
}

static struct pc_pos pc_pos_from(const position &p)
{
	struct pc_pos r = {};

	if (p.loc.isInvalid())
		return r;
	r.file = intern(p.file_name);
	r.file_order = p.file.getHashValue();
	r.line = p.line;
	r.col = p.col;
	r.cookie = p.loc.getRawEncoding();
	return r;
}

static struct pc_pos pos_of(SourceLocation l)
{
	return pc_pos_from(position_of(U->ctx->getSourceManager(), l));
}

/* ---- types, as core/types.c asks about them ---- */

static QualType qt(const void *t)
{
	return QualType::getFromOpaquePtr(t);
}

/* A statement that does nothing: ";", "{ }", "{ ; }" */
static bool empty_stmt(const Stmt *s)
{
	if (!s || isa<NullStmt>(s))
		return true;
	if (auto *cs = dyn_cast<CompoundStmt>(s)) {
		for (const Stmt *c : cs->body())
			if (!empty_stmt(c))
				return false;
		return true;
	}
	return false;
}

static QualType canon(QualType t)
{
	return t.isNull() ? t : t.getCanonicalType().getUnqualifiedType();
}

static QualType pointee_type(QualType t)
{
	t = canon(t);
	if (t.isNull())
		return t;
	if (t->isPointerType())
		return canon(t->getPointeeType());
	if (const ArrayType *a = U->ctx->getAsArrayType(t))
		return canon(a->getElementType());
	return QualType();
}

static long type_bytes(QualType t)
{
	t = canon(t);
	if (t.isNull() || t->isIncompleteType() || t->isDependentType() ||
	    !t->isConstantSizeType())
		return 0;
	if (t->isVoidType() || t->isFunctionType())
		return 1;	/* GNU C: as sparse sizes them for arithmetic */
	return U->ctx->getTypeSizeInChars(t).getQuantity();
}

static bool is_unsigned(QualType t)
{
	t = canon(t);
	return !t.isNull() && (t->isPointerType() ||
			       t->isUnsignedIntegerOrEnumerationType());
}

static const void *ty_strip(const void *t)
{
	return canon(qt(t)).getAsOpaquePtr();
}

static enum pc_type_kind ty_kind(const void *p)
{
	QualType t = qt(p);

	if (t->isVoidType())
		return PC_TYPE_VOID;
	if (t->isPointerType())
		return PC_TYPE_PTR;
	if (t->isArrayType())
		return PC_TYPE_ARRAY;
	return t->isRecordType() ? PC_TYPE_STRUCT : PC_TYPE_OTHER;
}

static const void *ty_target(const void *t)
{
	return pointee_type(qt(t)).getAsOpaquePtr();
}

static long ty_bytes(const void *t)
{
	return type_bytes(qt(t));
}

static const RecordDecl *record_of(const void *s)
{
	const RecordType *rt = qt(s)->getAs<RecordType>();
	const RecordDecl *rd = rt ? rt->getDecl()->getDefinition() : nullptr;

	return rd && !rd->isInvalidDecl() ? rd : nullptr;
}

static void ty_fields(const void *s,
		      int (*fn)(const struct pc_field *f, void *arg), void *arg)
{
	const RecordDecl *rd = record_of(s);

	if (!rd)
		return;
	const ASTRecordLayout &layout = U->ctx->getASTRecordLayout(rd);

	for (const FieldDecl *m : rd->fields()) {
		struct pc_field f = {};

		f.type = m->getType().getAsOpaquePtr();
		f.offset = layout.getFieldOffset(m->getFieldIndex()) / 8;
		f.bytes = m->isBitField() ?
			(m->getBitWidthValue(*U->ctx) + 7) / 8 :
			type_bytes(m->getType());
		if (const IdentifierInfo *id = m->getIdentifier()) {
			f.name = id->getNameStart();
			f.name_len = id->getLength();
		}
		if (fn(&f, arg))
			return;
	}
}

static const char *ty_tag(const void *s)
{
	const RecordDecl *rd = record_of(s);
	const IdentifierInfo *id = rd ? rd->getIdentifier() : nullptr;

	return id ? id->getNameStart() : nullptr;
}

static const char *ty_file(const void *s)
{
	const SourceManager &sm = U->ctx->getSourceManager();
	const RecordDecl *rd = record_of(s);

	if (!rd)
		return nullptr;
	return intern(sm.getFilename(sm.getExpansionLoc(
			rd->getLocation())).str());
}

static const void *ty_struct_named(const char *tag)
{
	ASTContext &ctx = *U->ctx;

	for (NamedDecl *d : ctx.getTranslationUnitDecl()->lookup(
			&ctx.Idents.get(tag))) {
		auto *rd = dyn_cast<RecordDecl>(d);

		if (rd && (rd = rd->getDefinition()))
			return ctx.getRecordType(rd).getAsOpaquePtr();
	}
	return nullptr;
}

static const struct pc_types clang_types = {
	ty_strip, ty_kind, ty_target, ty_bytes, ty_fields, ty_tag, ty_file,
	ty_struct_named,
};

static const struct pc_member *fe_member_named(const char *tag,
					       const char *member)
{
	return pc_member_named(&U->resolver, tag, member);
}

/* Whether the file declares enumerator @name (BIO_PAGE_PINNED), its value */
static int fe_enum_value(const char *name, long long *val)
{
	ASTContext &ctx = *U->ctx;

	for (NamedDecl *d : ctx.getTranslationUnitDecl()->lookup(
			&ctx.Idents.get(name))) {
		if (auto *ec = dyn_cast<EnumConstantDecl>(d)) {
			*val = ec->getInitVal().getExtValue();
			return 1;
		}
	}
	return 0;
}

static const struct pc_frontend clang_frontend = {
	fe_member_named, fe_enum_value
};

/* How wide and signed @p is, for folding (the builder's 64 bits else). */
static void int_type(const void *p, unsigned int *width, int *uns)
{
	QualType t = canon(qt(p));

	if (t->isIntegralOrEnumerationType())
		*width = U->ctx->getTypeSize(t);
	*uns = is_unsigned(t);
}

/* ---- symbols ---- */

static pc_sym *sym_of(const Decl *d)
{
	const Decl *key = d->getCanonicalDecl();
	auto it = U->syms.find(key);

	if (it != U->syms.end())
		return it->second;
	pc_sym *s = alloc<pc_sym>();
	U->syms[key] = s;
	if (auto *nd = dyn_cast<NamedDecl>(d))
		if (nd->getIdentifier())
			s->name = intern(nd->getName().str());
	if (auto *fd = dyn_cast<FunctionDecl>(d)) {
		const FunctionDecl *def = nullptr;

		/*
		 * sparse keeps an inline function's body apart (not
		 * "defined"): only the file's own bodies implement a call.
		 */
		s->global = 1;
		s->is_static = !fd->isExternallyVisible();
		if (fd->hasBody(def))
			s->defined = !def->isInlineSpecified();
		s->pos = pos_of(def ? def->getLocation() :
				fd->getCanonicalDecl()->getLocation());
	} else if (auto *vd = dyn_cast<VarDecl>(d)) {
		s->global = vd->hasGlobalStorage();
		s->pos = pos_of(vd->getCanonicalDecl()->getLocation());
	} else {
		s->pos = pos_of(d->getLocation());
	}
	return s;
}

/* ---- values ---- */

static pc_value *const_value(long long c)
{
	return pc_const(&U->bu, c);
}

/*
 * The address of an object, one value for the unit: variable or function
 * @d's, or an object without a declaration (a compound literal, a string).
 */
static pc_value *object_value(const void *key, const Decl *d, QualType t)
{
	auto it = U->sym_values.find(key);

	if (it != U->sym_values.end())
		return it->second;
	pc_value *v = alloc<pc_value>();

	v->kind = PC_VAL_SYM;
	v->sym = d ? sym_of(d) : alloc<pc_sym>();
	U->sym_values[key] = v;
	v->type = t.getAsOpaquePtr();
	pc_value_set_flags(&U->resolver, v);
	v->points = pc_resolve(&U->resolver, v, 0);
	return v;
}

static pc_value *sym_value(const Decl *d)
{
	auto *vd = dyn_cast<ValueDecl>(d);

	return object_value(d->getCanonicalDecl(), d,
			    vd ? vd->getType() : QualType());
}

static pc_value *anon_value(const void *key, QualType t)
{
	return object_value(key, nullptr, t);
}

/* ---- one function ---- */

using block = pc_block;

/* An lvalue: an SSA variable, or memory at @addr + @off. */
struct lval {
	enum { NONE, VAR, MEM } kind = NONE;
	const VarDecl *var = nullptr;
	pc_value *addr = nullptr;
	long off = 0;
	QualType type;
};

struct switch_ctx {
	pc_insn *sw;
	block *from;
	std::vector<pc_case> cases;
	bool has_default = false;
};

/* The key of the return value, as a variable of the return block. */
static const char ret_key[] = "return";

class fn_lowering {
public:
	fn_lowering(const FunctionDecl *fd) : fd(fd), ctx(*U->ctx)
	{
		pc_builder_init(&bd, &U->bu);
	}
	~fn_lowering() { pc_builder_free(&bd); }
	pc_func *run();
	pc_builder bd;			/* core/build.h: blocks, SSA, the end */

private:
	const FunctionDecl *fd;
	ASTContext &ctx;
	block *ret_blk = nullptr;
	block *brk = nullptr, *cont = nullptr;
	switch_ctx *sw = nullptr;
	std::unordered_set<const VarDecl *> addr_taken;
	std::unordered_map<const LabelDecl *, block *> labels;
	std::unordered_map<const OpaqueValueExpr *, pc_value *> opaque;
	/* an inline helper being lowered into its caller: its returns */
	struct inline_frame {
		block *ret_blk;
		const void *key;
		QualType type;
	};
	inline_frame *frame = nullptr;
	std::vector<const FunctionDecl *> inlining;
	pc_pos &pos = bd.pos;			/* sparse's current_pos */

	/* the builder's, with clang's types */
	block *new_block() { return pc_new_block(&bd); }
	block *active() { return pc_active(&bd); }
	void start(block *b, bool seal = true) { pc_start(&bd, b, seal); }
	pc_insn *emit(pc_op op) { return pc_emit(&bd, op); }
	pc_value *new_reg(QualType t, pc_insn *def)
	{
		return pc_new_reg(&bd, t.getAsOpaquePtr(), def);
	}
	pc_value *op2(pc_op op, pc_value *a, pc_value *b, QualType t)
	{
		return pc_op2(&bd, op, a, b, t.getAsOpaquePtr());
	}
	void br(block *to) { pc_br(&bd, to); }
	void write_var(const void *key, block *b, pc_value *v)
	{
		pc_write_var(b, key, v);
	}
	pc_value *read_var(const void *key, QualType t, block *b)
	{
		return pc_read_var(&bd, key, t.getAsOpaquePtr(), b);
	}
	void set_pos(const Expr *e);
	bool is_ssa(const VarDecl *vd);
	void find_addr_taken(const Stmt *s);

	/* expressions */
	pc_value *constant(const Expr *e);
	int cost(const Expr *e);
	pc_value *rvalue(const Expr *e);
	void effect(const Expr *e) { rvalue(e); }
	pc_value *do_cast(const CastExpr *ce);
	lval lvalue(const Expr *e);
	pc_value *load(const lval &lv, QualType t);
	void store(const lval &lv, pc_value *v);
	pc_value *addr_of(const lval &lv, QualType t);
	pc_value *scale(pc_value *v, long size);
	pc_value *arith(BinaryOperatorKind op, pc_value *a, pc_value *b,
			QualType lt, QualType rt, QualType t);
	pc_value *compare(BinaryOperatorKind op, pc_value *a, pc_value *b,
			  QualType t, QualType opnd);
	pc_value *to_bool(const Expr *e);
	pc_value *logical(const BinaryOperator *e);
	pc_value *conditional(const AbstractConditionalOperator *e);
	pc_value *call(const CallExpr *c);
	pc_value *inline_call(const CallExpr *c, const FunctionDecl *def,
			      const std::vector<pc_value *> &args);
	pc_value *incdec(const UnaryOperator *u);
	pc_value *stmt_expr(const StmtExpr *se);
	void cond_branch(const Expr *e, block *t, block *f);
	void init_mem(const lval &lv, const Expr *init);

	/* statements */
	void stmt(const Stmt *s);
	void loop_body(const Stmt *body, block *b, block *c);
	void decl_var(const VarDecl *vd);
	void ret(const ReturnStmt *r);
	block *label_block(const LabelDecl *l);
};

void fn_lowering::set_pos(const Expr *e)
{
	SourceLocation l = e->getExprLoc();

	if (auto *c = dyn_cast<CallExpr>(e))
		pos = pc_pos_from(call_position(ctx.getSourceManager(), c));
	else if (l.isValid())
		pos = pos_of(l);
}

/* ---- SSA ---- */

/* Local scalars whose address is never taken live in SSA values. */
bool fn_lowering::is_ssa(const VarDecl *vd)
{
	QualType t = canon(vd->getType());

	if (!vd->hasLocalStorage() || vd->getType().isVolatileQualified())
		return false;
	if (!t->isIntegralOrEnumerationType() && !t->isPointerType() &&
	    !t->isRealFloatingType())
		return false;
	return !addr_taken.count(vd);
}

void fn_lowering::find_addr_taken(const Stmt *s)
{
	if (!s)
		return;
	if (auto *u = dyn_cast<UnaryOperator>(s))
		if (u->getOpcode() == UO_AddrOf)
			if (auto *d = dyn_cast<DeclRefExpr>(
					u->getSubExpr()->IgnoreParens()))
				if (auto *vd = dyn_cast<VarDecl>(d->getDecl()))
					addr_taken.insert(vd);
	if (auto *ds = dyn_cast<DeclStmt>(s))
		for (const Decl *d : ds->decls())
			if (auto *vd = dyn_cast<VarDecl>(d))
				find_addr_taken(vd->getInit());
	for (const Stmt *c : s->children())
		find_addr_taken(c);
}

/* ---- expressions ---- */

/* An integer constant expression (sparse expands them), or NULL. */
pc_value *fn_lowering::constant(const Expr *e)
{
	QualType t = e->getType();

	if (e->isValueDependent() || e->isTypeDependent())
		return nullptr;
	if (t->isIntegralOrEnumerationType()) {
		Expr::EvalResult r;

		if (!e->EvaluateAsInt(r, ctx) || !r.Val.isInt())
			return nullptr;
		const llvm::APSInt &i = r.Val.getInt();

		if (i.getBitWidth() > 64)
			return nullptr;
		return const_value(i.isSigned() ? i.getSExtValue() :
				   (long long)i.getZExtValue());
	}
	if (t->isPointerType() &&
	    e->isNullPointerConstant(ctx, Expr::NPC_ValueDependentIsNotNull))
		return const_value(0);
	return nullptr;
}

static bool is_global_var(const Expr *e)
{
	auto *d = dyn_cast<DeclRefExpr>(e->IgnoreParens());
	auto *vd = d ? dyn_cast<VarDecl>(d->getDecl()) : nullptr;

	return vd && vd->hasGlobalStorage();
}

/* A symbol, or a member or constant element of one: sparse's cheap loads. */
static const Expr *symbol_base(const Expr *e)
{
	for (int depth = 0; depth < MAX_WALK; depth++) {
		e = e->IgnoreParens();
		if (auto *m = dyn_cast<MemberExpr>(e)) {
			if (m->isArrow())
				return nullptr;
			e = m->getBase();
		} else if (isa<DeclRefExpr>(e)) {
			return e;
		} else {
			return nullptr;
		}
	}
	return nullptr;
}

/*
 * What sparse's expansion says an expression costs (expand.c): a select
 * needs arms cheaper than SELECT_COST, a safe "&&" a right side cheaper
 * than a branch.  Loads through pointers may fault: UNSAFE.
 */
int fn_lowering::cost(const Expr *e)
{
	int c = UNSAFE;

	e = e->IgnoreParens();
	if (!e->HasSideEffects(ctx) && constant(e))
		return 0;
	if (auto *d = dyn_cast<DeclRefExpr>(e)) {
		if (isa<EnumConstantDecl>(d->getDecl()))
			return 0;
		return is_global_var(d) || isa<FunctionDecl>(d->getDecl()) ?
		       2 : 1;
	}
	if (auto *ce = dyn_cast<CastExpr>(e)) {
		const Expr *sub = ce->getSubExpr();

		switch (ce->getCastKind()) {
		case CK_LValueToRValue:
		case CK_ArrayToPointerDecay:
		case CK_FunctionToPointerDecay:
			sub = symbol_base(sub);
			if (!sub)
				return UNSAFE;
			return is_global_var(sub) ? 2 : 1;
		case CK_NoOp:
			return cost(sub);
		default:
			return std::min(cost(sub) + 1, SIDE_EFFECTS);
		}
	}
	if (auto *u = dyn_cast<UnaryOperator>(e)) {
		switch (u->getOpcode()) {
		case UO_AddrOf:
			if (symbol_base(u->getSubExpr()))
				return is_global_var(symbol_base(
					u->getSubExpr())) ? 2 : 1;
			return UNSAFE;
		case UO_Deref:
			return UNSAFE;
		case UO_PreInc: case UO_PreDec: case UO_PostInc:
		case UO_PostDec:
			return SIDE_EFFECTS;
		default:
			return std::min(cost(u->getSubExpr()) + 1,
					SIDE_EFFECTS);
		}
	}
	if (auto *b = dyn_cast<BinaryOperator>(e)) {
		if (b->isAssignmentOp())
			return SIDE_EFFECTS;
		int l = cost(b->getLHS()), r = cost(b->getRHS());

		if (b->isLogicalOp()) {
			if (r < BRANCH_COST)
				r -= BRANCH_COST - 1;
			c = l + BRANCH_COST + r;
		} else if (b->getOpcode() == BO_Comma) {
			c = l + r;
		} else {
			c = l + r + 1;
		}
		return std::min(c, SIDE_EFFECTS);
	}
	if (auto *co = dyn_cast<ConditionalOperator>(e)) {
		int arms = cost(co->getTrueExpr()) + cost(co->getFalseExpr());

		c = cost(co->getCond()) + arms + BRANCH_COST;
		if (arms < SELECT_COST)
			c -= BRANCH_COST - 1;
		return std::min(c, SIDE_EFFECTS);
	}
	if (auto *call = dyn_cast<CallExpr>(e)) {
		unsigned id = call->getBuiltinCallee();

		if ((id == Builtin::BI__builtin_expect ||
		     id == Builtin::BI__builtin_expect_with_probability) &&
		    call->getNumArgs() >= 1)
			return cost(call->getArg(0));
		return SIDE_EFFECTS;
	}
	if (isa<StmtExpr>(e))
		return SIDE_EFFECTS;
	if (isa<UnaryExprOrTypeTraitExpr>(e) || isa<OffsetOfExpr>(e))
		return 0;
	return c;
}

pc_value *fn_lowering::rvalue(const Expr *e)
{
	e = e->IgnoreParens();
	set_pos(e);
	if (pc_value *c = constant(e)) {
		/* a constant with side effects: sparse runs them too */
		if (e->HasSideEffects(ctx) && !isa<UnaryExprOrTypeTraitExpr>(e))
			for (const Stmt *ch : e->children())
				if (auto *ce = dyn_cast_or_null<Expr>(ch))
					effect(ce);
		return c;
	}
	if (auto *ce = dyn_cast<CastExpr>(e))
		return do_cast(ce);
	if (auto *d = dyn_cast<DeclRefExpr>(e)) {
		if (isa<FunctionDecl>(d->getDecl()))
			return sym_value(d->getDecl());
		return load(lvalue(e), e->getType());
	}
	if (auto *u = dyn_cast<UnaryOperator>(e)) {
		const Expr *sub = u->getSubExpr();
		pc_value *v;

		switch (u->getOpcode()) {
		case UO_AddrOf:
			if (auto *d = dyn_cast<DeclRefExpr>(sub->IgnoreParens()))
				if (isa<FunctionDecl>(d->getDecl()))
					return sym_value(d->getDecl());
			return addr_of(lvalue(sub), e->getType());
		case UO_Deref:
			return load(lvalue(e), e->getType());
		case UO_Plus:
		case UO_Extension:
			return rvalue(sub);
		case UO_LNot:
			v = rvalue(sub);
			/* !(a < b) is a >= b, as sparse simplifies it */
			if (v->kind == PC_VAL_REG && v->def &&
			    pc_op_compare(v->def->op))
				return op2(pc_op_negate(v->def->op),
					   v->def->src1, v->def->src2,
					   e->getType());
			return op2(PC_OP_SET_EQ, v, const_value(0),
				   e->getType());
		case UO_PreInc: case UO_PreDec: case UO_PostInc:
		case UO_PostDec:
			return incdec(u);
		default: {
			/* -x, ~x: sparse's neg and not, nothing of pages */
			pc_insn *insn;

			v = rvalue(sub);
			insn = emit(PC_OP_OTHER);
			insn->src = v;
			return new_reg(e->getType(), insn);
		}
		}
	}
	if (auto *b = dyn_cast<BinaryOperator>(e)) {
		BinaryOperatorKind op = b->getOpcode();
		QualType lt = b->getLHS()->getType(), rt = b->getRHS()->getType();

		if (op == BO_Assign) {
			pc_value *v = rvalue(b->getRHS());

			store(lvalue(b->getLHS()), v);
			return v;
		}
		if (auto *ca = dyn_cast<CompoundAssignOperator>(b)) {
			lval lv = lvalue(b->getLHS());
			pc_value *old = load(lv, lt);
			pc_value *r = rvalue(b->getRHS());
			pc_value *v = arith(BinaryOperator::getOpForCompoundAssignment(op),
					    old, r, lt, rt, lt);

			(void)ca;
			store(lv, v);
			return v;
		}
		if (op == BO_Comma) {
			effect(b->getLHS());
			return rvalue(b->getRHS());
		}
		if (b->isLogicalOp())
			return logical(b);
		pc_value *l = rvalue(b->getLHS());
		pc_value *r = rvalue(b->getRHS());

		if (b->isComparisonOp())
			return compare(op, l, r, e->getType(), lt);
		return arith(op, l, r, lt, rt, e->getType());
	}
	if (auto *co = dyn_cast<AbstractConditionalOperator>(e))
		return conditional(co);
	if (auto *c = dyn_cast<CallExpr>(e))
		return call(c);
	if (isa<MemberExpr>(e) || isa<ArraySubscriptExpr>(e) ||
	    isa<CompoundLiteralExpr>(e))
		return load(lvalue(e), e->getType());
	if (auto *se = dyn_cast<StmtExpr>(e))
		return stmt_expr(se);
	if (isa<StringLiteral>(e) || isa<PredefinedExpr>(e))
		return anon_value(e, e->getType());
	if (auto *ile = dyn_cast<InitListExpr>(e)) {
		if (ile->getNumInits() == 1 && !ile->getType()->isRecordType() &&
		    !ile->getType()->isArrayType())
			return rvalue(ile->getInit(0));
	}
	if (isa<ImplicitValueInitExpr>(e))
		return const_value(0);
	if (auto *ch = dyn_cast<ChooseExpr>(e))
		return rvalue(ch->getChosenSubExpr());
	if (auto *g = dyn_cast<GenericSelectionExpr>(e))
		return rvalue(g->getResultExpr());
	if (auto *c = dyn_cast<ConstantExpr>(e))
		return rvalue(c->getSubExpr());
	if (auto *o = dyn_cast<OpaqueValueExpr>(e)) {
		auto it = opaque.find(o);

		if (it != opaque.end())
			return it->second;
		return o->getSourceExpr() ? rvalue(o->getSourceExpr()) :
		       pc_undef(&bd, e->getType().getAsOpaquePtr());
	}
	/* anything else: its parts run, its value is nothing we know */
	for (const Stmt *ch : e->children())
		if (auto *ce = dyn_cast_or_null<Expr>(ch))
			effect(ce);
	if (e->getType()->isVoidType())
		return &void_value;
	return new_reg(e->getType(), emit(PC_OP_OTHER));
}

pc_value *fn_lowering::do_cast(const CastExpr *ce)
{
	const Expr *sub = ce->getSubExpr();
	QualType to = ce->getType(), from = sub->getType();
	pc_value *v;
	pc_insn *insn;

	switch (ce->getCastKind()) {
	case CK_LValueToRValue:
		return load(lvalue(sub), to);
	case CK_ArrayToPointerDecay:
		return addr_of(lvalue(sub), to);
	case CK_FunctionToPointerDecay:
	case CK_BuiltinFnToFnPtr:
		if (auto *d = dyn_cast<DeclRefExpr>(sub->IgnoreParens()))
			return sym_value(d->getDecl());
		return rvalue(sub);
	case CK_NullToPointer:
		effect(sub);
		return const_value(0);
	case CK_ToVoid:
		effect(sub);
		return &void_value;
	case CK_NoOp:
	case CK_LValueBitCast:
		return rvalue(sub);
	case CK_IntegralToBoolean:
	case CK_PointerToBoolean:
	case CK_FloatingToBoolean:
		v = rvalue(sub);
		if (v->kind == PC_VAL_CONST)
			return const_value(v->cval != 0);
		/* a compare is 0 or 1 already */
		if (v->kind == PC_VAL_REG && v->def &&
		    (pc_op_compare(v->def->op) ||
		     canon(from)->isBooleanType()))
			return v;
		return op2(PC_OP_SET_NE, v, const_value(0), to);
	case CK_BitCast:
	case CK_IntegralToPointer:
	case CK_PointerToIntegral:
	case CK_AddressSpaceConversion:
		v = rvalue(sub);
		if (v->kind == PC_VAL_CONST || v->kind == PC_VAL_VOID)
			return v;
		if (canon(to) == canon(from))
			return v;
		insn = emit(PC_OP_PTRCAST);
		insn->src = v;
		return new_reg(to, insn);
	case CK_IntegralCast:
		v = rvalue(sub);
		/* sparse casts between integers of one size to nothing */
		if (v->kind == PC_VAL_CONST ||
		    ctx.getTypeSize(canon(to)) == ctx.getTypeSize(canon(from)))
			return v;
		break;
	default:
		v = rvalue(sub);
		if (v->kind == PC_VAL_CONST || v->kind == PC_VAL_VOID)
			return v;
		break;
	}
	insn = emit(PC_OP_CAST);
	insn->src = v;
	/* sparse's zext: an unsigned integer widened */
	insn->zext = ce->getCastKind() == CK_IntegralCast &&
		     canon(from)->isUnsignedIntegerType() &&
		     ctx.getTypeSize(canon(to)) > ctx.getTypeSize(canon(from));
	return new_reg(to, insn);
}

lval fn_lowering::lvalue(const Expr *e)
{
	lval lv;

	e = e->IgnoreParens();
	lv.type = e->getType();
	if (auto *d = dyn_cast<DeclRefExpr>(e)) {
		auto *vd = dyn_cast<VarDecl>(d->getDecl());

		if (vd && is_ssa(vd)) {
			lv.kind = lval::VAR;
			lv.var = vd;
			return lv;
		}
		if (isa<VarDecl>(d->getDecl()) || isa<FunctionDecl>(d->getDecl())) {
			lv.kind = lval::MEM;
			lv.addr = sym_value(d->getDecl());
		}
		return lv;
	}
	if (auto *m = dyn_cast<MemberExpr>(e)) {
		long off = 0;

		if (auto *f = dyn_cast<FieldDecl>(m->getMemberDecl()))
			off = ctx.getFieldOffset(f) / 8;
		if (m->isArrow()) {
			lv.kind = lval::MEM;
			lv.addr = rvalue(m->getBase());
			lv.off = off;
			return lv;
		}
		lval base = lvalue(m->getBase());

		if (base.kind != lval::MEM)
			return lv;
		base.off += off;
		base.type = e->getType();
		return base;
	}
	if (auto *a = dyn_cast<ArraySubscriptExpr>(e)) {
		const Expr *base = a->getBase()->IgnoreParens();
		long size = type_bytes(e->getType());
		pc_value *p;

		/* s->pages[2]: one load at the member's offset, as sparse */
		auto *decay = dyn_cast<ImplicitCastExpr>(base);
		if (decay && decay->getCastKind() == CK_ArrayToPointerDecay) {
			lval arr = lvalue(decay->getSubExpr());

			if (arr.kind == lval::MEM) {
				if (pc_value *c = constant(a->getIdx())) {
					arr.off += c->cval * size;
					arr.type = e->getType();
					return arr;
				}
				p = addr_of(arr, base->getType());
			} else {
				p = rvalue(base);
			}
		} else {
			p = rvalue(base);
		}
		pc_value *idx = rvalue(a->getIdx());

		lv.kind = lval::MEM;
		if (idx->kind == PC_VAL_CONST) {
			lv.addr = p;
			lv.off = idx->cval * size;
		} else {
			lv.addr = op2(PC_OP_ADD, p, scale(idx, size),
				      base->getType());
		}
		return lv;
	}
	if (auto *u = dyn_cast<UnaryOperator>(e)) {
		if (u->getOpcode() != UO_Deref)
			return lv;
		const Expr *sub = u->getSubExpr()->IgnoreParens();
		auto *b = dyn_cast<BinaryOperator>(sub);

		lv.kind = lval::MEM;
		/* *(p + 2): a load at an offset of p */
		if (b && (b->getOpcode() == BO_Add || b->getOpcode() == BO_Sub) &&
		    b->getLHS()->getType()->isPointerType()) {
			if (pc_value *c = constant(b->getRHS())) {
				long size = type_bytes(pointee_type(
						b->getLHS()->getType()));

				lv.addr = rvalue(b->getLHS());
				lv.off = (b->getOpcode() == BO_Add ? 1 : -1) *
					 c->cval * size;
				return lv;
			}
		}
		lv.addr = rvalue(sub);
		return lv;
	}
	if (auto *cl = dyn_cast<CompoundLiteralExpr>(e)) {
		lv.kind = lval::MEM;
		lv.addr = anon_value(cl, e->getType());
		init_mem(lv, cl->getInitializer());
		return lv;
	}
	if (isa<StringLiteral>(e) || isa<PredefinedExpr>(e)) {
		lv.kind = lval::MEM;
		lv.addr = anon_value(e, e->getType());
		return lv;
	}
	if (auto *o = dyn_cast<OpaqueValueExpr>(e))
		if (o->getSourceExpr())
			return lvalue(o->getSourceExpr());
	/* a struct returned by a call, ...: it runs, its memory is nothing */
	effect(e);
	return lv;
}

pc_value *fn_lowering::load(const lval &lv, QualType t)
{
	pc_insn *insn;

	switch (lv.kind) {
	case lval::VAR:
		return read_var(lv.var, lv.var->getType(), active());
	case lval::MEM:
		insn = emit(PC_OP_LOAD);
		insn->addr_base = lv.addr;
		insn->offset = lv.off;
		return new_reg(t, insn);
	default:
		return new_reg(t, emit(PC_OP_OTHER));
	}
}

void fn_lowering::store(const lval &lv, pc_value *v)
{
	pc_insn *insn;

	switch (lv.kind) {
	case lval::VAR:
		write_var(lv.var, active(), v);
		break;
	case lval::MEM:
		insn = emit(PC_OP_STORE);
		insn->src = v;
		insn->addr_base = lv.addr;
		insn->offset = lv.off;
		break;
	default:
		break;
	}
}

pc_value *fn_lowering::addr_of(const lval &lv, QualType t)
{
	if (lv.kind != lval::MEM)
		return new_reg(t, emit(PC_OP_OTHER));
	if (!lv.off)
		return lv.addr;
	return op2(PC_OP_ADD, lv.addr, const_value(lv.off), t);
}

pc_value *fn_lowering::scale(pc_value *v, long size)
{
	if (size <= 1)
		return v;
	if (v->kind == PC_VAL_CONST)
		return const_value(v->cval * size);
	return op2(PC_OP_MUL, v, const_value(size), ctx.LongTy);
}

pc_value *fn_lowering::arith(BinaryOperatorKind op, pc_value *a,
			     pc_value *b, QualType lt, QualType rt, QualType t)
{
	bool lptr = canon(lt)->isPointerType(), rptr = canon(rt)->isPointerType();

	switch (op) {
	case BO_Add:
		if (lptr)
			return op2(PC_OP_ADD, a,
				   scale(b, type_bytes(pointee_type(lt))), t);
		if (rptr)
			return op2(PC_OP_ADD, b,
				   scale(a, type_bytes(pointee_type(rt))), t);
		return op2(PC_OP_ADD, a, b, t);
	case BO_Sub:
		if (lptr && rptr) {
			long size = type_bytes(pointee_type(lt));
			pc_value *d = op2(PC_OP_SUB, a, b, t);

			return size > 1 ? op2(PC_OP_DIVS, d, const_value(size), t) :
			       d;
		}
		if (lptr)
			return op2(PC_OP_SUB, a,
				   scale(b, type_bytes(pointee_type(lt))), t);
		return op2(PC_OP_SUB, a, b, t);
	case BO_Mul:
		return op2(PC_OP_MUL, a, b, t);
	case BO_Div:
		return op2(is_unsigned(t) ? PC_OP_DIVU : PC_OP_DIVS, a, b, t);
	case BO_Shl:
		return op2(PC_OP_SHL, a, b, t);
	case BO_Shr:
		return op2(is_unsigned(lt) ? PC_OP_LSR : PC_OP_ASR, a, b, t);
	case BO_And:
		return op2(PC_OP_AND, a, b, t);
	case BO_Or:
		return op2(PC_OP_OR, a, b, t);
	default:
		return op2(PC_OP_BINOP, a, b, t);
	}
}

/* Signed or unsigned by the operands' type; constants on the right. */
pc_value *fn_lowering::compare(BinaryOperatorKind op, pc_value *a,
			       pc_value *b, QualType t, QualType opnd)
{
	bool uns = is_unsigned(opnd);
	pc_op o;

	switch (op) {
	case BO_LT: o = uns ? PC_OP_SET_B : PC_OP_SET_LT; break;
	case BO_LE: o = uns ? PC_OP_SET_BE : PC_OP_SET_LE; break;
	case BO_GT: o = uns ? PC_OP_SET_A : PC_OP_SET_GT; break;
	case BO_GE: o = uns ? PC_OP_SET_AE : PC_OP_SET_GE; break;
	case BO_EQ: o = PC_OP_SET_EQ; break;
	default: o = PC_OP_SET_NE; break;
	}
	if (a->kind == PC_VAL_CONST && b->kind != PC_VAL_CONST) {
		std::swap(a, b);
		o = pc_op_swap(o);
	}
	return op2(o, a, b, t);
}

static bool is_boolish(const Expr *e)
{
	e = e->IgnoreParenImpCasts();
	if (auto *b = dyn_cast<BinaryOperator>(e))
		return b->isComparisonOp() || b->isLogicalOp();
	if (auto *u = dyn_cast<UnaryOperator>(e))
		return u->getOpcode() == UO_LNot;
	return canon(e->getType())->isBooleanType();
}

/* sparse's linearize_expression_to_bool */
pc_value *fn_lowering::to_bool(const Expr *e)
{
	pc_value *v = rvalue(e);

	if (v->kind == PC_VAL_CONST)
		return const_value(v->cval != 0);
	if (is_boolish(e))
		return v;
	return op2(PC_OP_SET_NE, v, const_value(0), ctx.IntTy);
}

/*
 * "a && b": a cheap, safe b makes sparse compute both (an and of two
 * truths); otherwise it branches and joins 0 or 1 with b's truth.
 */
pc_value *fn_lowering::logical(const BinaryOperator *e)
{
	bool is_or = e->getOpcode() == BO_LOr;

	if (cost(e->getRHS()) < BRANCH_COST) {
		pc_value *a = to_bool(e->getLHS());
		pc_value *b = to_bool(e->getRHS());

		return op2(is_or ? PC_OP_OR : PC_OP_AND, a, b, e->getType());
	}
	block *other = new_block(), *join = new_block();

	if (is_or)
		cond_branch(e->getLHS(), join, other);
	else
		cond_branch(e->getLHS(), other, join);
	for (int i = 0; i < join->preds.nr; i++)
		write_var(e, pc_pred(join, i), const_value(is_or ? 1 : 0));
	start(other);
	write_var(e, active(), to_bool(e->getRHS()));
	br(join);
	start(join);
	return read_var(e, e->getType(), join);
}

pc_value *fn_lowering::conditional(const AbstractConditionalOperator *e)
{
	auto *co = dyn_cast<ConditionalOperator>(e);
	auto *bco = dyn_cast<BinaryConditionalOperator>(e);
	const Expr *f = e->getFalseExpr();
	bool is_void = e->getType()->isVoidType();
	pc_value *c, *v;

	if (co && !is_void &&
	    cost(co->getTrueExpr()) + cost(f) < SELECT_COST) {
		pc_value *t = rvalue(co->getTrueExpr());
		pc_value *fv = rvalue(f);

		c = rvalue(co->getCond());
		return pc_select(&bd, c, t, fv, e->getType().getAsOpaquePtr());
	}
	if (bco && !is_void && cost(f) < SELECT_COST) {
		c = rvalue(bco->getCommon());
		opaque[bco->getOpaqueValue()] = c;
		return pc_select(&bd, c, c, rvalue(f),
				 e->getType().getAsOpaquePtr());
	}
	block *tb = new_block(), *fb = new_block(), *join = new_block();

	if (bco) {
		/* a ?: b, a evaluated once */
		c = rvalue(bco->getCommon());
		opaque[bco->getOpaqueValue()] = c;
		write_var(e, active(), c);
		pc_cbr(&bd, c, join, fb);
	} else {
		cond_branch(co->getCond(), tb, fb);
		start(tb);
		v = rvalue(co->getTrueExpr());
		if (!is_void)
			write_var(e, active(), v);
		br(join);
	}
	start(fb);
	v = rvalue(f);
	if (!is_void)
		write_var(e, active(), v);
	br(join);
	start(join);
	if (is_void)
		return &void_value;
	return read_var(e, e->getType(), join);
}

/* The definition of an inline function sparse would inline, or NULL. */
static const FunctionDecl *inline_candidate(const FunctionDecl *fd)
{
	const FunctionDecl *def = nullptr;

	if (!fd || !fd->hasBody(def) || !def->isInlineSpecified() ||
	    !def->getIdentifier() || model_lookup(def->getName()))
		return nullptr;
	return def;
}

static bool is_noreturn(const CallExpr *c)
{
	const FunctionDecl *fd = c->getDirectCallee();

	if (fd && fd->isNoReturn())
		return true;
	QualType t = c->getCallee()->getType();

	if (t->isPointerType())
		t = t->getPointeeType();
	auto *ft = t->getAs<FunctionType>();
	return ft && ft->getNoReturnAttr();
}

pc_value *fn_lowering::call(const CallExpr *c)
{
	const FunctionDecl *fd = c->getDirectCallee();
	unsigned id = c->getBuiltinCallee();
	pc_pos cpos = pos;	/* set_pos() made it the '(' */

	if ((id == Builtin::BI__builtin_expect ||
	     id == Builtin::BI__builtin_expect_with_probability) &&
	    c->getNumArgs() >= 1) {
		pc_value *v = rvalue(c->getArg(0));

		for (unsigned i = 1; i < c->getNumArgs(); i++)
			effect(c->getArg(i));
		return v;
	}
	if (id == Builtin::BI__builtin_unreachable ||
	    id == Builtin::BI__builtin_trap) {
		pos = cpos;
		pc_close(&bd, emit(PC_OP_UNREACH));
		return &void_value;
	}
	std::vector<pc_value *> args;

	for (const Expr *a : c->arguments())
		args.push_back(rvalue(a));
	if (const FunctionDecl *def = inline_candidate(fd)) {
		bool recursive = false;

		for (const FunctionDecl *f : inlining)
			recursive |= f == def;
		if (!recursive && inlining.size() < 8 &&
		    args.size() == def->getNumParams()) {
			pos = cpos;
			return inline_call(c, def, args);
		}
	}
	pc_value *func = fd ? sym_value(fd) : rvalue(c->getCallee());
	pc_pos after = pos;

	pos = cpos;
	pc_insn *insn = emit(PC_OP_CALL);
	pos = after;
	insn->callee = fd ? sym_of(fd) : nullptr;
	insn->func = func;
	insn->nr_args = args.size();
	insn->args = alloc<pc_value *>(args.size());
	for (size_t i = 0; i < args.size(); i++)
		insn->args[i] = args[i];
	pc_value *ret = &void_value;

	if (!c->getType()->isVoidType())
		ret = new_reg(c->getType(), insn);
	else
		insn->target = &void_value;
	if (is_noreturn(c)) {
		pc_close(&bd, emit(PC_OP_UNREACH));
	}
	return ret;
}

/*
 * sparse inlines the body of an inline function (one the model does
 * not name) into its callers: the arguments are its parameters' values,
 * its returns join after it, and a marker names the helper.
 */
pc_value *fn_lowering::inline_call(const CallExpr *c, const FunctionDecl *def,
				   const std::vector<pc_value *> &args)
{
	inline_frame fr = { new_block(), c, def->getReturnType() };
	inline_frame *outer = frame;
	pc_pos cpos = pos;
	block *ob = brk, *oc = cont;
	switch_ctx *os = sw;
	std::unordered_map<const LabelDecl *, block *> outer_labels;
	pc_value *v = &void_value;

	find_addr_taken(def->getBody());
	for (size_t i = 0; i < args.size(); i++) {
		const ParmVarDecl *p = def->getParamDecl(i);

		if (is_ssa(p)) {
			write_var(p, active(), args[i]);
		} else {
			lval lv;

			lv.kind = lval::MEM;
			lv.addr = sym_value(p);
			lv.type = p->getType();
			store(lv, args[i]);
		}
	}
	inlining.push_back(def);
	outer_labels.swap(labels);
	frame = &fr;
	brk = cont = nullptr;
	sw = nullptr;
	stmt(def->getBody());
	br(fr.ret_blk);
	start(fr.ret_blk);
	if (!fr.type->isVoidType())
		v = read_var(fr.key, fr.type, fr.ret_blk);
	frame = outer;
	brk = ob;
	cont = oc;
	sw = os;
	labels.swap(outer_labels);
	inlining.pop_back();
	pos = cpos;
	emit(PC_OP_INLINED)->callee = sym_of(def);
	return v;
}

pc_value *fn_lowering::incdec(const UnaryOperator *u)
{
	QualType t = u->getSubExpr()->getType();
	lval lv = lvalue(u->getSubExpr());
	pc_value *old = load(lv, t);
	long step = canon(t)->isPointerType() ?
		type_bytes(pointee_type(t)) : 1;
	pc_value *v = op2(u->isIncrementOp() ? PC_OP_ADD : PC_OP_SUB, old,
			  const_value(step), t);

	store(lv, v);
	return u->isPostfix() ? old : v;
}

pc_value *fn_lowering::stmt_expr(const StmtExpr *se)
{
	const CompoundStmt *cs = se->getSubStmt();
	pc_value *v = &void_value;

	if (!cs->size())
		return v;
	for (auto it = cs->body_begin(); it + 1 != cs->body_end(); ++it)
		stmt(*it);
	const Stmt *last = cs->body_back();

	if (auto *e = dyn_cast<Expr>(last))
		return rvalue(e);
	stmt(last);
	return v;
}

/* sparse's linearize_cond_branch */
void fn_lowering::cond_branch(const Expr *e, block *t, block *f)
{
	e = e->IgnoreParens();
	if (!e->HasSideEffects(ctx))
		if (pc_value *c = constant(e)) {
			set_pos(e);
			active();
			br(c->cval ? t : f);
			return;
		}
	if (auto *b = dyn_cast<BinaryOperator>(e)) {
		if (b->isLogicalOp() && cost(b->getRHS()) >= BRANCH_COST) {
			block *next = new_block();

			if (b->getOpcode() == BO_LOr)
				cond_branch(b->getLHS(), t, next);
			else
				cond_branch(b->getLHS(), next, f);
			start(next);
			cond_branch(b->getRHS(), t, f);
			return;
		}
	}
	if (auto *u = dyn_cast<UnaryOperator>(e))
		if (u->getOpcode() == UO_LNot) {
			cond_branch(u->getSubExpr(), f, t);
			return;
		}
	pc_value *v = rvalue(e);

	active();
	pc_cbr(&bd, v, t, f);
}

/* An initializer of memory: each element and member stored where it goes. */
void fn_lowering::init_mem(const lval &lv, const Expr *init)
{
	if (!init)
		return;
	init = init->IgnoreParens();
	if (auto *ile = dyn_cast<InitListExpr>(init)) {
		QualType t = canon(ile->getType());

		if (const RecordType *rt = t->getAs<RecordType>()) {
			const RecordDecl *rd = rt->getDecl()->getDefinition();
			unsigned i = 0;

			if (!rd)
				return;
			if (rd->isUnion()) {
				const FieldDecl *f = ile->getInitializedFieldInUnion();

				if (f && ile->getNumInits() == 1) {
					lval m = lv;

					m.type = f->getType();
					init_mem(m, ile->getInit(0));
				}
				return;
			}
			for (const FieldDecl *f : rd->fields()) {
				if (i >= ile->getNumInits())
					break;
				lval m = lv;

				m.off += ctx.getFieldOffset(f) / 8;
				m.type = f->getType();
				init_mem(m, ile->getInit(i++));
			}
			return;
		}
		if (t->isArrayType()) {
			long size = type_bytes(pointee_type(t));

			for (unsigned i = 0; i < ile->getNumInits(); i++) {
				lval m = lv;

				m.off += i * size;
				m.type = pointee_type(t);
				init_mem(m, ile->getInit(i));
			}
			return;
		}
		if (ile->getNumInits() == 1)
			init_mem(lv, ile->getInit(0));
		return;
	}
	if (isa<ImplicitValueInitExpr>(init) || isa<StringLiteral>(init) ||
	    isa<DesignatedInitUpdateExpr>(init) || isa<NoInitExpr>(init))
		return;
	store(lv, rvalue(init));
}

/* ---- statements ---- */

block *fn_lowering::label_block(const LabelDecl *l)
{
	block *&b = labels[l];

	if (!b)
		b = new_block();
	return b;
}

void fn_lowering::decl_var(const VarDecl *vd)
{
	const Expr *init = vd->getInit();

	/* a static's initializer is data, not code */
	if (!vd->hasLocalStorage() || !init)
		return;
	if (is_ssa(vd)) {
		pc_value *v = rvalue(init);

		write_var(vd, active(), v);
		return;
	}
	lval lv;

	lv.kind = lval::MEM;
	lv.addr = sym_value(vd);
	lv.type = vd->getType();
	init_mem(lv, init);
}

/*
 * A return is a phi source of the return block, and a branch there at
 * the position sparse gives it: the last expression it linearized.
 */
void fn_lowering::ret(const ReturnStmt *r)
{
	const Expr *e = r->getRetValue();

	pos = pos_of(r->getBeginLoc());
	if (e) {
		pc_value *v = rvalue(e);

		if (frame && !frame->type->isVoidType())
			write_var(frame->key, active(), v);
		else if (!frame && !fd->getReturnType()->isVoidType())
			write_var(ret_key, active(), v);
	}
	active();
	br(frame ? frame->ret_blk : ret_blk);
}

/* A loop's body: break goes to @b, continue to @c. */
void fn_lowering::loop_body(const Stmt *body, block *b, block *c)
{
	block *ob = brk, *oc = cont;

	brk = b;
	cont = c;
	stmt(body);
	brk = ob;
	cont = oc;
}

void fn_lowering::stmt(const Stmt *s)
{
	if (!s)
		return;
	if (s->getBeginLoc().isValid() && !isa<CompoundStmt>(s))
		pos = pos_of(s->getBeginLoc());
	switch (s->getStmtClass()) {
	case Stmt::CompoundStmtClass:
		for (const Stmt *c : cast<CompoundStmt>(s)->body())
			stmt(c);
		return;
	case Stmt::DeclStmtClass:
		for (const Decl *d : cast<DeclStmt>(s)->decls())
			if (auto *vd = dyn_cast<VarDecl>(d))
				decl_var(vd);
		return;
	case Stmt::NullStmtClass:
		return;
	case Stmt::IfStmtClass: {
		auto *is = cast<IfStmt>(s);

		/*
		 * "if (ret && n > 0) ;": nothing on either side, and a test
		 * that changes nothing: no branch, as sparse folds it (its
		 * phis would keep values no one uses)
		 */
		if (empty_stmt(is->getThen()) && !is->getElse() &&
		    !is->getCond()->HasSideEffects(ctx))
			return;
		block *then_b = new_block(), *end = new_block();
		block *else_b = is->getElse() ? new_block() : end;

		cond_branch(is->getCond(), then_b, else_b);
		start(then_b);
		stmt(is->getThen());
		br(end);
		if (is->getElse()) {
			start(else_b);
			stmt(is->getElse());
			br(end);
		}
		start(end);
		return;
	}
	case Stmt::WhileStmtClass: {
		auto *ws = cast<WhileStmt>(s);
		block *head = new_block(), *body = new_block(), *end = new_block();

		start(head, false);
		cond_branch(ws->getCond(), body, end);
		start(body);
		loop_body(ws->getBody(), end, head);
		br(head);
		pc_seal(&bd, head);
		start(end);
		return;
	}
	case Stmt::DoStmtClass: {
		auto *ds = cast<DoStmt>(s);
		block *body = new_block(), *cond = new_block(), *end = new_block();

		start(body, false);
		loop_body(ds->getBody(), end, cond);
		start(cond);
		cond_branch(ds->getCond(), body, end);
		pc_seal(&bd, body);
		start(end);
		return;
	}
	case Stmt::ForStmtClass: {
		auto *fs = cast<ForStmt>(s);
		block *head = new_block(), *body = new_block();
		block *inc = new_block(), *end = new_block();

		stmt(fs->getInit());
		start(head, false);
		if (fs->getCond())
			cond_branch(fs->getCond(), body, end);
		else
			br(body);
		start(body);
		loop_body(fs->getBody(), end, inc);
		start(inc);
		if (fs->getInc())
			effect(fs->getInc());
		br(head);
		pc_seal(&bd, head);
		start(end);
		return;
	}
	case Stmt::SwitchStmtClass: {
		auto *ss = cast<SwitchStmt>(s);
		pc_value *v = rvalue(ss->getCond());
		block *end = new_block(), *ob = brk;
		switch_ctx ctxt, *os = sw;

		ctxt.sw = emit(PC_OP_SWITCH);
		ctxt.sw->src = v;
		ctxt.from = pc_close(&bd, ctxt.sw);
		sw = &ctxt;
		brk = end;
		stmt(ss->getBody());
		br(end);
		brk = ob;
		sw = os;
		if (!ctxt.has_default) {
			ctxt.cases.push_back({ 1, 0, end->bb });
			pc_add_edge(ctxt.from, end);
		}
		ctxt.sw->nr_cases = ctxt.cases.size();
		ctxt.sw->cases = alloc<pc_case>(ctxt.cases.size());
		for (size_t i = 0; i < ctxt.cases.size(); i++)
			ctxt.sw->cases[i] = ctxt.cases[i];
		start(end);
		return;
	}
	case Stmt::CaseStmtClass:
	case Stmt::DefaultStmtClass: {
		auto *sc = cast<SwitchCase>(s);
		block *b = new_block();

		br(b);
		if (sw) {
			pc_case c = { 1, 0, b->bb };

			if (auto *cs = dyn_cast<CaseStmt>(s)) {
				c.begin = cs->getLHS()->EvaluateKnownConstInt(ctx)
					.getExtValue();
				c.end = cs->getRHS() ?
					cs->getRHS()->EvaluateKnownConstInt(ctx)
					.getExtValue() : c.begin;
			} else {
				sw->has_default = true;
			}
			sw->cases.push_back(c);
			pc_add_edge(sw->from, b);
		}
		start(b);
		stmt(sc->getSubStmt());
		return;
	}
	case Stmt::BreakStmtClass:
		if (brk)
			br(brk);
		return;
	case Stmt::ContinueStmtClass:
		if (cont)
			br(cont);
		return;
	case Stmt::ReturnStmtClass:
		ret(cast<ReturnStmt>(s));
		return;
	case Stmt::GotoStmtClass:
		br(label_block(cast<GotoStmt>(s)->getLabel()));
		return;
	case Stmt::LabelStmtClass: {
		auto *ls = cast<LabelStmt>(s);

		start(label_block(ls->getDecl()), false);
		stmt(ls->getSubStmt());
		return;
	}
	case Stmt::AttributedStmtClass:
		stmt(cast<AttributedStmt>(s)->getSubStmt());
		return;
	case Stmt::GCCAsmStmtClass: {
		auto *as = cast<GCCAsmStmt>(s);

		for (const Expr *in : as->inputs())
			effect(in);
		for (const Expr *out : as->outputs())
			store(lvalue(out), new_reg(out->getType(),
						   emit(PC_OP_ASM)));
		return;
	}
	case Stmt::IndirectGotoStmtClass:
		effect(cast<IndirectGotoStmt>(s)->getTarget());
		pc_close(&bd, emit(PC_OP_UNREACH));
		return;
	default:
		if (auto *e = dyn_cast<Expr>(s)) {
			effect(e);
			return;
		}
		for (const Stmt *c : s->children())
			stmt(c);
		return;
	}
}

pc_func *fn_lowering::run()
{
	const Stmt *body = fd->getBody();
	block *entry;

	find_addr_taken(body);
	entry = bd.entry = new_block();
	ret_blk = new_block();
	start(entry);
	pos = pos_of(fd->getLocation());
	for (unsigned i = 0; i < fd->getNumParams(); i++) {
		const ParmVarDecl *p = fd->getParamDecl(i);
		pc_value *v = pc_new_arg(&bd, i + 1,
					 p->getType().getAsOpaquePtr());

		if (is_ssa(p)) {
			write_var(p, entry, v);
		} else {
			lval lv;

			lv.kind = lval::MEM;
			lv.addr = sym_value(p);
			lv.type = p->getType();
			store(lv, v);
		}
	}
	stmt(body);
	if (auto *cs = dyn_cast<CompoundStmt>(body))
		pos = pos_of(cs->getRBracLoc());
	br(ret_blk);
	start(ret_blk);
	pc_insn *r = emit(PC_OP_RET);

	if (!fd->getReturnType()->isVoidType())
		r->src = read_var(ret_key, fd->getReturnType(), ret_blk);
	pc_close(&bd, r);

	pc_func *fn = pc_build_func(&bd);

	fn->sym = sym_of(fd);
	return fn;
}

/*
 * The functions sparse analyses: the bodies of the file but inline ones
 * (inlined into their callers).  A modelled call's own body is the
 * model's business.
 */
static bool wanted(const FunctionDecl *fd)
{
	if (!fd->getIdentifier() || !fd->doesThisDeclarationHaveABody() ||
	    fd->isInlineSpecified())
		return false;
	pc_sym *s = sym_of(fd);

	if (!(!s->is_static && s->defined) && model_lookup(fd->getName()))
		return false;
	return true;
}

} // namespace

struct pc_unit *lower_unit(ASTContext &ctx, int max_insns)
{
	U = new unit_state;
	U->ctx = &ctx;
	pc_resolver_init(&U->resolver, &clang_types, &U->arena);
	pc_build_unit_init(&U->bu, &U->arena, &U->resolver);
	U->bu.unit.fe = &clang_frontend;
	U->bu.int_type = int_type;
	U->bu.max_insns = max_insns;
	for (Decl *d : ctx.getTranslationUnitDecl()->decls()) {
		auto *fd = dyn_cast<FunctionDecl>(d);

		if (!fd || fd->isInvalidDecl() || !wanted(fd))
			continue;
		fn_lowering fl(fd);
		pc_func *fn = fl.run();

		pc_build_add(&U->bu, fn, fl.bd.nr_insns);
	}
	return &U->bu.unit;
}

void lower_end(void)
{
	if (!U)
		return;
	pc_build_unit_end(&U->bu);
	pc_resolver_end(&U->resolver);
	pc_arena_free(&U->arena);
	delete U;
	U = nullptr;
}

} // namespace pincheck
