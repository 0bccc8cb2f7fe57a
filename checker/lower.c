// SPDX-License-Identifier: GPL-2.0
/*
 * lower.c - sparse's linearized IR, lowered to the core's (core/ir.h).
 *
 * Sparse's IR is in SSA form already: instructions, pseudos and blocks
 * map one to one.  What the lowering adds is the types' part of memory:
 * an address in sparse's IR is a chain of adds and casts down to a base
 * pointer, walked here to the first pointer whose target type is a
 * struct (then the address is that struct's member, the same in every
 * function), or down to a variable, a load or another base value.
 * Array indexes are dropped: every element of an array is one location.
 */
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "expression.h"
#include "linearize.h"
#include "symbol.h"
#include "lower.h"
#include "core/util.h"

#define MAX_WALK	32
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

/* Map keys of another kind than sparse's objects: members by offset. */
#define MEMBER_TAG	1

/* ---- types ---- */

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

static struct symbol *pseudo_type(pseudo_t p)
{
	switch (p->type) {
	case PSEUDO_REG:
	case PSEUDO_PHI:
		return p->def ? type_strip(p->def->type) : NULL;
	case PSEUDO_ARG:
		return arg_type(p->nr);
	default:
		return NULL;
	}
}

/* What the pointer value p points to (for a symbol: the symbol itself). */
static struct symbol *pseudo_pointee(pseudo_t p)
{
	struct symbol *t;

	if (p->type == PSEUDO_SYM)
		return type_strip(p->sym);
	t = pseudo_type(p);
	if (t && (t->type == SYM_PTR || t->type == SYM_ARRAY))
		return type_strip(t->ctype.base_type);
	return NULL;
}

static int pseudo_is_pointer(pseudo_t p)
{
	struct symbol *t;

	if (p->type == PSEUDO_SYM)
		return 1;
	t = pseudo_type(p);
	return t && (t->type == SYM_PTR || t->type == SYM_ARRAY);
}

/*
 * Only pointers to pointers (or void *, which drivers cast back) name
 * arrays of pages worth aliasing; a variable's address is one when the
 * variable is a pointer or an array of pointers.
 */
static int points_to_pointer(pseudo_t p)
{
	struct symbol *t;

	if (!pseudo_is_pointer(p))
		return 0;
	t = pseudo_pointee(p);
	if (t && p->type == PSEUDO_SYM && t->type == SYM_ARRAY)
		t = type_strip(t->ctype.base_type);
	return t && (t->type == SYM_PTR || t == &void_ctype);
}

static int is_struct(struct symbol *t)
{
	return t && (t->type == SYM_STRUCT || t->type == SYM_UNION);
}

/* A struct, or an array (of arrays) of structs. */
static int is_struct_container(struct symbol *t)
{
	while (t && t->type == SYM_ARRAY)
		t = type_strip(t->ctype.base_type);
	return is_struct(t);
}

static long type_bytes(struct symbol *t)
{
	return t && t->bit_size > 0 ? bits_to_bytes(t->bit_size) : 0;
}

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

/*
 * A struct the whole kernel shares (struct scatterlist, struct bio_vec:
 * declared in include/linux/ or a uapi header) holds the pages of every
 * subsystem that uses it; what one file stores there says nothing of
 * another's.  Only a driver's or a subsystem's own structs carry facts
 * between files.
 */
static int shared_struct(const struct symbol *s)
{
	const char *file = stream_name(s->pos.stream);

	return strstr(file, "include/linux/") || strstr(file, "include/uapi/") ||
	       strstr(file, "/asm/") || strstr(file, "/asm-generic/");
}

/*
 * "struct tag.member", the name of a member between files, for a named
 * member of a named struct that is not shared by the whole kernel, and
 * that can hold pages: a pointer, or an array (of pointers).  Counts and
 * sizes computed from pages carry facts in a file, not between files.
 */
static const char *member_key(struct symbol *s, struct symbol *m)
{
	struct symbol *t;
	char buf[512];
	int n;

	if (!m || !m->ident || !s->ident || shared_struct(s))
		return NULL;
	t = type_strip(m);
	if (!t || (t->type != SYM_PTR && t->type != SYM_ARRAY))
		return NULL;
	n = snprintf(buf, sizeof(buf) - 2, "%s.%s", show_ident(s->ident),
		     show_ident(m->ident));
	if (n < 0 || n >= (int)sizeof(buf) - 2)
		return NULL;
	return strcpy(alloc(n + 1), buf);
}

/* The member of struct @s at byte @off: one object for every function. */
static struct pc_member *member_of(struct symbol *s, long off,
				   struct symbol *m)
{
	struct pc_member *pm = map_get((char *)s + MEMBER_TAG, off);

	if (pm)
		return pm;
	pm = alloc(sizeof(*pm));
	map_put((char *)s + MEMBER_TAG, off, pm);
	pm->key = m ? member_key(s, m) : NULL;
	return pm;
}

/*
 * The member of struct s at byte offset off, looking through embedded
 * structs and arrays of structs to the innermost member.
 */
static struct pc_member *member_at(struct symbol *s, long off)
{
	struct symbol *m = NULL;
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		struct symbol *mt, *found = NULL;
		long size;

		s = type_strip(s);
		if (s && s->type == SYM_ARRAY) {
			struct symbol *elem = type_strip(s->ctype.base_type);

			size = type_bytes(elem);
			if (size > 0 && off >= 0)
				off %= size;
			s = elem;
			continue;
		}
		if (!is_struct(s))
			break;
		examine_symbol_type(s);
		FOR_EACH_PTR(s->symbol_list, m) {
			long msize = type_bytes(type_strip(m));

			if (m->offset <= off &&
			    (msize <= 0 || off < m->offset + msize)) {
				found = m;
				break;
			}
		} END_FOR_EACH_PTR(m);
		if (!found)
			break;
		m = found;
		mt = type_strip(m);
		if (!is_struct_container(mt))
			return member_of(s, m->offset, m);
		off -= m->offset;
		s = mt;
	}
	return member_of(s, off, NULL);
}

static const struct pc_member *member_named(const char *tag,
					    const char *member)
{
	struct symbol *stype = lookup_symbol(built_in_ident(tag), NS_STRUCT);
	struct ident *id = built_in_ident(member);
	struct symbol *m;

	stype = type_strip(stype);
	if (!is_struct(stype))
		return NULL;
	examine_symbol_type(stype);
	FOR_EACH_PTR(stype->symbol_list, m) {
		if (m->ident == id)
			return member_at(stype, m->offset);
	} END_FOR_EACH_PTR(m);
	return NULL;
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

/* Of an add's operands, the one that is the pointer being indexed. */
static pseudo_t index_base(struct instruction *insn)
{
	if (pseudo_is_pointer(insn->src1))
		return insn->src1;
	if (pseudo_is_pointer(insn->src2))
		return insn->src2;
	if (insn->src2->type == PSEUDO_REG && insn->src2->def &&
	    (insn->src2->def->opcode == OP_PTRTU ||
	     insn->src2->def->opcode == OP_LOAD))
		return insn->src2;
	return insn->src1;
}

/* The address addr + off, resolved: what memory it names. */
static struct pc_addr resolve(pseudo_t addr, long off)
{
	struct pc_addr a = { .kind = PC_ADDR_PTR };
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		struct symbol *target = pseudo_pointee(addr);
		struct instruction *insn;

		if (is_struct_container(target)) {
			a.kind = PC_ADDR_MEMBER;
			a.member = member_at(target, off);
			return a;
		}
		if (addr->type == PSEUDO_SYM) {
			a.kind = PC_ADDR_SYM;
			a.sym = sym_of(addr->sym);
			return a;
		}
		if (addr->type != PSEUDO_REG || !addr->def)
			break;
		insn = addr->def;
		switch (insn->opcode) {
		case OP_ADD:
			if (insn->src2->type == PSEUDO_VAL) {
				off += insn->src2->value;
				addr = insn->src1;
			} else if (insn->src1->type == PSEUDO_VAL) {
				off += insn->src1->value;
				addr = insn->src2;
			} else {
				addr = index_base(insn);
			}
			continue;
		case OP_SUB:
			if (insn->src2->type == PSEUDO_VAL)
				off -= insn->src2->value;
			addr = insn->src1;
			continue;
		case OP_PTRCAST: case OP_UTPTR: case OP_PTRTU:
		case OP_COPY: case OP_ZEXT: case OP_SEXT: case OP_TRUNC:
		case OP_SYMADDR:
			addr = insn->src;
			continue;
		case OP_LOAD:
			a.kind = PC_ADDR_LOADED;
			a.load = insn_of(insn);
			return a;
		default:
			break;
		}
		break;
	}
	a.base = value_of(addr);
	return a;
}

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
	v->is_pointer = pseudo_is_pointer(p);
	v->points_to_pointer = points_to_pointer(p);
	v->points = resolve(p, 0);
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
		i->addr = resolve(insn->src, insn->offset);
		break;
	case PC_OP_CAST: case PC_OP_PTRCAST:
		i->src = value_of(insn->src);
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
