// SPDX-License-Identifier: GPL-2.0
/*
 * lower.c - sparse's linearized IR, lowered to the core's (core/ir.h).
 *
 * Sparse's IR is in SSA form already: instructions, pseudos and blocks
 * map one to one.  What the lowering adds is the types' part of memory:
 * each value carries its sparse type, and core/types.c walks an address
 * (a chain of adds and casts down to a base pointer) with the answers
 * of sparse_types below, once the function's instructions are lowered.
 */
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "expression.h"
#include "linearize.h"
#include "symbol.h"
#include "lower.h"
#include "core/types.h"
#include "core/util.h"

#define MAP_HASH	65536

/* One map for everything lowered: sparse's object (and an offset) -> ours. */
struct map_entry {
	const void *key;
	long off;
	void *val;
	struct map_entry *next;
};

static struct pc_arena arena;
static struct map_entry *map[MAP_HASH];
static struct pc_unit unit;
static struct pc_func **funcs_tail = &unit.funcs;
static struct entrypoint *cur_ep;
static struct pc_value void_value = { .kind = PC_VAL_VOID };

/* Instructions met as definitions before their own block was lowered. */
static struct pc_insn **pending;
static struct instruction **pending_src;
static int nr_pending, max_pending;

/* Addresses to resolve once the function's instructions are all lowered. */
static struct pc_value **unresolved;
static struct pc_insn **memops;
static int nr_unresolved, max_unresolved, nr_memops, max_memops;

static void *alloc(size_t size)
{
	return pc_arena_alloc(&arena, size);
}

static unsigned map_hash(const void *key, long off)
{
	unsigned long h = (unsigned long)key >> 4;

	h ^= (unsigned long)off * 0x9e3779b1UL;
	return (h ^ (h >> 15)) % MAP_HASH;
}

static void *map_get(const void *key, long off)
{
	struct map_entry *e;

	for (e = map[map_hash(key, off)]; e; e = e->next)
		if (e->key == key && e->off == off)
			return e->val;
	return NULL;
}

static void map_put(const void *key, long off, void *val)
{
	struct map_entry *e = alloc(sizeof(*e));
	unsigned h = map_hash(key, off);

	e->key = key;
	e->off = off;
	e->val = val;
	e->next = map[h];
	map[h] = e;
}

/* ---- types, as core/types.c asks about them ---- */

static struct symbol *type_strip(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_TYPEOF ||
		     t->type == SYM_RESTRICT || t->type == SYM_FOULED))
		t = t->ctype.base_type;
	return t;
}

static struct symbol *arg_type(int nr)
{
	struct symbol *fn, *arg;

	if (!cur_ep || !cur_ep->name)
		return NULL;
	fn = type_strip(cur_ep->name);
	if (!fn || fn->type != SYM_FN)
		return NULL;
	arg = ptr_list_nth(fn->arguments, nr - 1);
	return arg ? type_strip(arg) : NULL;
}

/* A value's type; a symbol's is the symbol (what its address points to). */
static struct symbol *pseudo_type(pseudo_t p)
{
	switch (p->type) {
	case PSEUDO_REG:
	case PSEUDO_PHI:
		return p->def ? type_strip(p->def->type) : NULL;
	case PSEUDO_ARG:
		return arg_type(p->nr);
	case PSEUDO_SYM:
		return p->sym;
	default:
		return NULL;
	}
}

static long type_bytes(struct symbol *t)
{
	return t && t->bit_size > 0 ? bits_to_bytes(t->bit_size) : 0;
}

static const void *sp_strip(const void *t)
{
	return type_strip((struct symbol *)t);
}

static enum pc_type_kind sp_kind(const void *p)
{
	const struct symbol *t = p;

	if (t == &void_ctype)
		return PC_TYPE_VOID;
	switch (t->type) {
	case SYM_PTR:		return PC_TYPE_PTR;
	case SYM_ARRAY:		return PC_TYPE_ARRAY;
	case SYM_STRUCT:
	case SYM_UNION:		return PC_TYPE_STRUCT;
	default:		return PC_TYPE_OTHER;
	}
}

static const void *sp_target(const void *t)
{
	return ((const struct symbol *)t)->ctype.base_type;
}

static long sp_bytes(const void *t)
{
	return type_bytes((struct symbol *)t);
}

/*
 * A break in FOR_EACH_PTR leaves one node of the list only: a member of
 * a later node may match too, and be the one taken, as it always was.
 */
static void sp_fields(const void *p,
		      int (*fn)(const struct pc_field *f, void *arg), void *arg)
{
	struct symbol *s = (struct symbol *)p, *m;

	examine_symbol_type(s);
	FOR_EACH_PTR(s->symbol_list, m) {
		struct pc_field f = {
			.type = m, .offset = m->offset,
			.bytes = type_bytes(type_strip(m)),
		};

		if (m->ident) {
			f.name = m->ident->name;
			f.name_len = m->ident->len;
		}
		if (fn(&f, arg))
			break;
	} END_FOR_EACH_PTR(m);
}

static const char *sp_tag(const void *s)
{
	const struct symbol *t = s;

	return t->ident ? show_ident(t->ident) : NULL;
}

static const char *sp_file(const void *s)
{
	return stream_name(((const struct symbol *)s)->pos.stream);
}

static const void *sp_struct_named(const char *tag)
{
	return lookup_symbol(built_in_ident(tag), NS_STRUCT);
}

static const struct pc_types sparse_types = {
	.strip = sp_strip,
	.kind = sp_kind,
	.target = sp_target,
	.bytes = sp_bytes,
	.fields = sp_fields,
	.tag = sp_tag,
	.file = sp_file,
	.struct_named = sp_struct_named,
};

static struct pc_resolver resolver = { .t = &sparse_types, .arena = &arena };

/* ---- names ---- */

static const char *ident_name(const struct ident *id)
{
	char *s;

	if (!id)
		return NULL;
	s = alloc(id->len + 1);
	memcpy(s, id->name, id->len);
	return s;
}

static struct pc_pos pos_of(struct position pos)
{
	struct pc_pos p = {
		.file = stream_name(pos.stream), .file_order = pos.stream,
		.line = pos.line, .col = pos.pos,
	};

	return p;
}

static struct pc_sym *sym_of(struct symbol *sym)
{
	struct pc_sym *s = map_get(sym, 0);
	struct symbol *def;

	if (s)
		return s;
	s = alloc(sizeof(*s));
	map_put(sym, 0, s);
	def = sym->definition ? sym->definition : sym;
	s->name = ident_name(sym->ident);
	s->pos = pos_of(sym->pos);
	s->global = !!(sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC));
	s->is_static = !!(def->ctype.modifiers & MOD_STATIC);
	s->defined = def->ctype.base_type && def->ctype.base_type->stmt;
	return s;
}

static const struct pc_member *member_named(const char *tag,
					    const char *member)
{
	return pc_member_named(&resolver, tag, member);
}

/* Whether the file declares enumerator @name (BIO_PAGE_PINNED), its value */
static int enum_value(const char *name, long long *val)
{
	struct symbol *sym = lookup_symbol(built_in_ident(name), NS_SYMBOL);

	if (!sym || !sym->enum_member || !sym->initializer ||
	    sym->initializer->type != EXPR_VALUE)
		return 0;
	*val = sym->initializer->value;
	return 1;
}

static const struct pc_frontend sparse_frontend = {
	.member_named = member_named,
	.enum_value = enum_value,
};

/* ---- values, instructions, blocks ---- */

static struct pc_value *value_of(pseudo_t p);
static struct pc_insn *insn_of(struct instruction *insn);

static struct pc_value *value_of(pseudo_t p)
{
	struct pc_value *v;

	if (!p || p == VOID || p->type == PSEUDO_VOID)
		return &void_value;
	v = map_get(p, 0);
	if (v)
		return v;
	v = alloc(sizeof(*v));
	map_put(p, 0, v);
	switch (p->type) {
	case PSEUDO_REG:
	case PSEUDO_PHI:
		v->kind = PC_VAL_REG;
		v->def = p->def ? insn_of(p->def) : NULL;
		break;
	case PSEUDO_ARG:
		v->kind = PC_VAL_ARG;
		v->nr = p->nr;
		break;
	case PSEUDO_SYM:
		v->kind = PC_VAL_SYM;
		v->sym = sym_of(p->sym);
		break;
	case PSEUDO_VAL:
		v->kind = PC_VAL_CONST;
		v->cval = p->value;
		return v;
	default:
		v->kind = PC_VAL_UNDEF;
		break;
	}
	v->type = pseudo_type(p);
	pc_value_set_flags(&resolver, v);
	if (nr_unresolved == max_unresolved) {
		max_unresolved = max_unresolved ? 2 * max_unresolved : 256;
		unresolved = pc_xrealloc(unresolved,
					 max_unresolved * sizeof(*unresolved));
	}
	unresolved[nr_unresolved++] = v;
	return v;
}

static struct pc_bb *bb_of(struct basic_block *bb)
{
	struct pc_bb *b = map_get(bb, 0);

	if (!b) {
		b = alloc(sizeof(*b));
		map_put(bb, 0, b);
	}
	return b;
}

static enum pc_op op_of(int opcode)
{
	switch (opcode) {
	case OP_LOAD:		return PC_OP_LOAD;
	case OP_STORE:		return PC_OP_STORE;
	case OP_ZEXT: case OP_SEXT: case OP_TRUNC: case OP_COPY:
	case OP_SYMADDR:	/* the address of its src: a copy */
				return PC_OP_CAST;
	case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
				return PC_OP_PTRCAST;
	case OP_ADD:		return PC_OP_ADD;
	case OP_SUB:		return PC_OP_SUB;
	case OP_MUL:		return PC_OP_MUL;
	case OP_SHL:		return PC_OP_SHL;
	case OP_LSR:		return PC_OP_LSR;
	case OP_ASR:		return PC_OP_ASR;
	case OP_DIVU:		return PC_OP_DIVU;
	case OP_DIVS:		return PC_OP_DIVS;
	case OP_AND:		return PC_OP_AND;
	case OP_OR:		return PC_OP_OR;
	case OP_MODU: case OP_MODS: case OP_XOR:
	case OP_FADD: case OP_FSUB: case OP_FMUL: case OP_FDIV:
				return PC_OP_BINOP;
	case OP_SET_EQ:		return PC_OP_SET_EQ;
	case OP_SET_NE:		return PC_OP_SET_NE;
	case OP_SET_LT:		return PC_OP_SET_LT;
	case OP_SET_GE:		return PC_OP_SET_GE;
	case OP_SET_LE:		return PC_OP_SET_LE;
	case OP_SET_GT:		return PC_OP_SET_GT;
	case OP_SET_B:		return PC_OP_SET_B;
	case OP_SET_AE:		return PC_OP_SET_AE;
	case OP_SET_BE:		return PC_OP_SET_BE;
	case OP_SET_A:		return PC_OP_SET_A;
	case OP_SEL:		return PC_OP_SEL;
	case OP_PHI:		return PC_OP_PHI;
	case OP_PHISOURCE:	return PC_OP_PHISRC;
	case OP_CALL:		return PC_OP_CALL;
	case OP_INLINED_CALL:	return PC_OP_INLINED;
	case OP_RET:		return PC_OP_RET;
	case OP_CBR:		return PC_OP_CBR;
	case OP_SWITCH:		return PC_OP_SWITCH;
	case OP_BR:		return PC_OP_BR;
	case OP_UNREACH:	return PC_OP_UNREACH;
	case OP_ASM:		return PC_OP_ASM;
	default:		return PC_OP_OTHER;
	}
}

/*
 * An instruction's shell, made when it is first met (as a block's, or as
 * a value's definition); its operands are filled in by fill_insn(), from
 * a work list, so that long chains of definitions recurse nowhere.
 */
static struct pc_insn *insn_of(struct instruction *insn)
{
	struct pc_insn *i = map_get(insn, 0);

	if (i)
		return i;
	i = alloc(sizeof(*i));
	map_put(insn, 0, i);
	i->op = PC_OP_NOP;
	if (nr_pending == max_pending) {
		max_pending = max_pending ? 2 * max_pending : 256;
		pending = pc_xrealloc(pending, max_pending * sizeof(*pending));
		pending_src = pc_xrealloc(pending_src,
					  max_pending * sizeof(*pending_src));
	}
	pending[nr_pending] = i;
	pending_src[nr_pending++] = insn;
	return i;
}

static struct pc_sym *callee_of(pseudo_t func)
{
	return func && func->type == PSEUDO_SYM ? sym_of(func->sym) : NULL;
}

static void fill_call(struct pc_insn *i, struct instruction *insn)
{
	pseudo_t arg;
	int n = 0;

	i->func = value_of(insn->func);
	i->callee = callee_of(insn->func);
	i->nr_args = pseudo_list_size(insn->arguments);
	i->args = alloc(i->nr_args * sizeof(*i->args) + 1);
	FOR_EACH_PTR(insn->arguments, arg) {
		i->args[n++] = value_of(arg);
	} END_FOR_EACH_PTR(arg);
}

static void fill_phi(struct pc_insn *i, struct instruction *insn)
{
	pseudo_t phi;

	i->phis = alloc(pseudo_list_size(insn->phi_list) * sizeof(*i->phis) + 1);
	FOR_EACH_PTR(insn->phi_list, phi) {
		if (phi == VOID || !phi->def)
			continue;
		i->phis[i->nr_phis++] = insn_of(phi->def);
	} END_FOR_EACH_PTR(phi);
}

static void fill_switch(struct pc_insn *i, struct instruction *insn)
{
	struct multijmp *jmp;

	i->src = value_of(insn->cond);
	i->cases = alloc(ptr_list_size((struct ptr_list *)insn->multijmp_list) *
			 sizeof(*i->cases) + 1);
	FOR_EACH_PTR(insn->multijmp_list, jmp) {
		struct pc_case *c = &i->cases[i->nr_cases++];

		c->begin = jmp->begin;
		c->end = jmp->end;
		c->target = bb_of(jmp->target);
	} END_FOR_EACH_PTR(jmp);
}

/*
 * The first output the statement computes into a register ("=a"
 * (result) of a hypercall): its value, tested, may be a step's result.
 */
static void fill_asm(struct pc_insn *i, struct instruction *insn)
{
	struct asm_constraint *out;

	if (!insn->asm_rules)
		return;
	FOR_EACH_PTR(insn->asm_rules->outputs, out) {
		if (out->pseudo && out->pseudo->type == PSEUDO_REG &&
		    out->pseudo->def == insn) {
			i->target = value_of(out->pseudo);
			return;
		}
	} END_FOR_EACH_PTR(out);
}

static void fill_insn(struct pc_insn *i, struct instruction *insn)
{
	i->op = op_of(insn->opcode);
	i->pos = pos_of(insn->pos);
	if (insn->bb)
		i->bb = bb_of(insn->bb);
	if (insn->target && i->op != PC_OP_STORE && i->op != PC_OP_PHISRC)
		i->target = value_of(insn->target);
	switch (i->op) {
	case PC_OP_LOAD:
	case PC_OP_STORE:
		if (i->op == PC_OP_STORE)
			i->src = value_of(insn->target);
		i->addr_base = value_of(insn->src);
		i->offset = insn->offset;
		if (nr_memops == max_memops) {
			max_memops = max_memops ? 2 * max_memops : 256;
			memops = pc_xrealloc(memops, max_memops * sizeof(*memops));
		}
		memops[nr_memops++] = i;
		break;
	case PC_OP_CAST: case PC_OP_PTRCAST:
		i->src = value_of(insn->src);
		i->zext = insn->opcode == OP_ZEXT;
		break;
	case PC_OP_SEL:
		i->src3 = value_of(insn->src3);
		/* fall through */
	case PC_OP_ADD: case PC_OP_SUB: case PC_OP_MUL: case PC_OP_SHL:
	case PC_OP_LSR: case PC_OP_ASR: case PC_OP_DIVU: case PC_OP_DIVS:
	case PC_OP_AND: case PC_OP_OR: case PC_OP_BINOP:
	case PC_OP_SET_EQ: case PC_OP_SET_NE: case PC_OP_SET_LT:
	case PC_OP_SET_GE: case PC_OP_SET_LE: case PC_OP_SET_GT:
	case PC_OP_SET_B: case PC_OP_SET_AE: case PC_OP_SET_BE:
	case PC_OP_SET_A:
		i->src1 = value_of(insn->src1);
		i->src2 = value_of(insn->src2);
		break;
	case PC_OP_PHI:
		fill_phi(i, insn);
		break;
	case PC_OP_PHISRC:
		i->src = value_of(insn->phi_src);
		break;
	case PC_OP_CALL:
		fill_call(i, insn);
		break;
	case PC_OP_INLINED:
		i->callee = callee_of(insn->func);
		break;
	case PC_OP_ASM:
		fill_asm(i, insn);
		break;
	case PC_OP_RET:
		i->src = insn->src ? value_of(insn->src) : NULL;
		break;
	case PC_OP_CBR:
		i->src = value_of(insn->cond);
		i->bb_true = bb_of(insn->bb_true);
		i->bb_false = bb_of(insn->bb_false);
		break;
	case PC_OP_SWITCH:
		fill_switch(i, insn);
		break;
	default:
		break;
	}
}

static void fill_pending(void)
{
	while (nr_pending) {
		nr_pending--;
		fill_insn(pending[nr_pending], pending_src[nr_pending]);
	}
}

/* What the function's values point to and its memory accesses name. */
static void resolve_pending(void)
{
	int n;

	for (n = 0; n < nr_unresolved; n++)
		unresolved[n]->points = pc_resolve(&resolver, unresolved[n], 0);
	for (n = 0; n < nr_memops; n++)
		memops[n]->addr = pc_resolve(&resolver, memops[n]->addr_base,
					     memops[n]->offset);
	nr_unresolved = nr_memops = 0;
}

static struct pc_bb **bb_array(struct basic_block_list *list, int *nr)
{
	struct basic_block *bb;
	struct pc_bb **a;
	int n = 0;

	*nr = bb_list_size(list);
	a = alloc(*nr * sizeof(*a) + 1);
	FOR_EACH_PTR(list, bb) {
		a[n++] = bb_of(bb);
	} END_FOR_EACH_PTR(bb);
	return a;
}

static void lower_bb(struct basic_block *bb, int id)
{
	struct pc_bb *b = bb_of(bb);
	struct instruction *insn;

	b->id = id;
	b->insns = alloc(instruction_list_size(bb->insns) * sizeof(*b->insns) + 1);
	FOR_EACH_PTR(bb->insns, insn) {
		if (insn->bb)
			b->insns[b->nr_insns++] = insn_of(insn);
	} END_FOR_EACH_PTR(insn);
	b->parents = bb_array(bb->parents, &b->nr_parents);
	b->children = bb_array(bb->children, &b->nr_children);
}

static void lower_args(struct pc_func *fn, struct entrypoint *ep)
{
	pseudo_t arg;

	fn->args = alloc(pseudo_list_size(ep->entry->arg_list) *
			 sizeof(*fn->args) + 1);
	FOR_EACH_PTR(ep->entry->arg_list, arg) {
		fn->args[fn->nr_args++] = value_of(arg);
	} END_FOR_EACH_PTR(arg);
}

void lower_function(struct symbol *sym, struct entrypoint *ep)
{
	struct pc_func *fn = alloc(sizeof(*fn));
	struct basic_block *bb;
	int n = 0;

	cur_ep = ep;
	fn->sym = sym_of(sym);
	fn->nr_bbs = bb_list_size(ep->bbs);
	fn->bbs = alloc(fn->nr_bbs * sizeof(*fn->bbs) + 1);
	FOR_EACH_PTR(ep->bbs, bb) {
		lower_bb(bb, n);
		fn->bbs[n++] = bb_of(bb);
	} END_FOR_EACH_PTR(bb);
	fn->entry = bb_of(ep->entry->bb);
	lower_args(fn, ep);
	fill_pending();
	resolve_pending();
	cur_ep = NULL;
	if (pc_dump_wanted())
		pc_dump_func(stderr, fn);
	*funcs_tail = fn;
	funcs_tail = &fn->next;
}

struct pc_unit *lower_unit(void)
{
	unit.fe = &sparse_frontend;
	return &unit;
}

void lower_end(void)
{
	pc_resolver_end(&resolver);
	pc_arena_free(&arena);
	memset(map, 0, sizeof(map));
	unit.funcs = NULL;
	funcs_tail = &unit.funcs;
	nr_pending = 0;
}

struct pc_pos lower_pos(struct position pos)
{
	return pos_of(pos);
}
