// SPDX-License-Identifier: GPL-2.0
/*
 * loc.c - abstract memory locations and the types that name them.
 *
 * An address in sparse's IR is a chain of adds and casts down to a base
 * pointer.  We walk that chain to the first pointer whose target type is a
 * struct (then the location is that struct's member, the same in every
 * function), or down to a variable, a load or another base value.  Array
 * indexes are dropped: every element of an array is one location.
 * Pointers that are stored, merged at joins or cast are put in one alias
 * class (union-find, after Steensgaard), so that an array filled through
 * one name is released through another.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loc.h"
#include "db.h"

#define LOC_HASH	4096
#define MAX_WALK	32

static struct loc *loc_hash[LOC_HASH];
static struct loc *all_derefs;		/* not hashed; freed by loc_reset() */
static struct entrypoint *cur_ep;

struct symbol *type_strip(struct symbol *t)
{
	while (t && (t->type == SYM_NODE || t->type == SYM_TYPEOF ||
		     t->type == SYM_RESTRICT || t->type == SYM_FOULED))
		t = t->ctype.base_type;
	return t;
}

void loc_set_function(struct entrypoint *ep)
{
	cur_ep = ep;
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
struct symbol *pseudo_pointee(pseudo_t p)
{
	struct symbol *t;

	if (p->type == PSEUDO_SYM)
		return type_strip(p->sym);
	t = pseudo_type(p);
	if (t && (t->type == SYM_PTR || t->type == SYM_ARRAY))
		return type_strip(t->ctype.base_type);
	return NULL;
}

/* The value under its casts (and copies): what a condition really tests. */
pseudo_t strip_casts(pseudo_t p)
{
	while (p && p->type == PSEUDO_REG && p->def &&
	       (p->def->opcode == OP_ZEXT || p->def->opcode == OP_SEXT ||
		p->def->opcode == OP_TRUNC || p->def->opcode == OP_COPY))
		p = p->def->src;
	return p;
}

int pseudo_is_pointer(pseudo_t p)
{
	struct symbol *t;

	if (p->type == PSEUDO_SYM)
		return 1;
	t = pseudo_type(p);
	return t && (t->type == SYM_PTR || t->type == SYM_ARRAY);
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

static unsigned int loc_hashfn(enum loc_kind kind, const void *key, long off)
{
	unsigned long h = (unsigned long)key >> 3;

	h ^= (unsigned long)off * 0x9e3779b1UL ^ kind;
	return (h ^ (h >> 13)) % LOC_HASH;
}

static struct loc *loc_new(enum loc_kind kind, const void *key, long off)
{
	struct loc *loc = calloc(1, sizeof(*loc));

	if (!loc)
		die("pincheck: out of memory");
	loc->kind = kind;
	loc->key = key;
	loc->offset = off;
	loc->rep = loc;
	return loc;
}

static struct loc *loc_get(enum loc_kind kind, const void *key, long off,
			   int global)
{
	unsigned int h = loc_hashfn(kind, key, off);
	struct loc *loc;

	for (loc = loc_hash[h]; loc; loc = loc->hnext)
		if (loc->kind == kind && loc->key == key && loc->offset == off)
			return loc;
	loc = loc_new(kind, key, off);
	loc->global = global;
	loc->hnext = loc_hash[h];
	loc_hash[h] = loc;
	return loc;
}

struct loc *loc_rep(struct loc *loc)
{
	while (loc->rep != loc) {
		loc->rep = loc->rep->rep;
		loc = loc->rep;
	}
	return loc;
}

static long type_bytes(struct symbol *t)
{
	return t && t->bit_size > 0 ? bits_to_bytes(t->bit_size) : 0;
}

/*
 * The member of struct s at byte offset off, looking through embedded
 * structs and arrays of structs to the innermost member.
 */

/*
 * What other files stored in a member (--db), keyed "struct tag.member",
 * and in the array a pointer member points to, "struct tag.member[]".
 */
static void seed_from_db(struct loc *member, struct loc *into,
			 const char *suffix)
{
	char key[512];
	size_t n;

	if (!db_enabled() || !loc_member_key(member, key, sizeof(key) - 2))
		return;
	n = strlen(key);
	snprintf(key + n, sizeof(key) - n, "%s", suffix);
	db_member(key, &into->content);
}

static struct loc *member_loc(struct symbol *s, long off)
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
		if (!is_struct_container(mt)) {
			struct loc *loc = loc_get(LOC_MEMBER, s, m->offset, 1);

			if (!loc->member) {
				loc->member = m;
				seed_from_db(loc, loc, "");
			}
			return loc;
		}
		off -= m->offset;
		s = mt;
	}
	return loc_get(LOC_MEMBER, s, off, 1);
}

struct loc *loc_member(struct symbol *stype, const char *member)
{
	struct ident *id = built_in_ident(member);
	struct symbol *m;

	stype = type_strip(stype);
	if (!is_struct(stype))
		return NULL;
	examine_symbol_type(stype);
	FOR_EACH_PTR(stype->symbol_list, m) {
		if (m->ident == id)
			return member_loc(stype, m->offset);
	} END_FOR_EACH_PTR(m);
	return NULL;
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
int loc_member_key(struct loc *loc, char *buf, size_t len)
{
	const struct symbol *s = loc->key;
	struct symbol *t;

	if (loc->kind != LOC_MEMBER || !loc->member || !loc->member->ident ||
	    !s->ident || shared_struct(s))
		return 0;
	t = type_strip(loc->member);
	if (!t || (t->type != SYM_PTR && t->type != SYM_ARRAY))
		return 0;
	return snprintf(buf, len, "%s.%s", show_ident(s->ident),
			show_ident(loc->member->ident)) < (int)len;
}

/*
 * Every named member location, with what its alias class holds, and what
 * the array it points to holds ("[]").
 */
void loc_foreach_member(void (*fn)(const struct fact *f, const char *key,
				   void *data), void *data)
{
	struct loc *loc;
	char key[512];
	int i;

	for (i = 0; i < LOC_HASH; i++) {
		for (loc = loc_hash[i]; loc; loc = loc->hnext) {
			struct loc *r = loc_rep(loc);
			size_t n;

			if (!loc_member_key(loc, key, sizeof(key) - 2))
				continue;
			fn(&r->content, key, data);
			if (!r->deref)
				continue;
			n = strlen(key);
			snprintf(key + n, sizeof(key) - n, "[]");
			fn(&loc_rep(r->deref)->content, key, data);
		}
	}
}

/* Each alias class points to at most one class: its DEREF. */
struct loc *loc_deref(struct loc *cell)
{
	struct loc *r = loc_rep(cell);

	if (!r->deref) {
		r->deref = loc_new(LOC_DEREF, r, 0);
		r->deref->global = r->global;
		r->deref->hnext = all_derefs;
		all_derefs = r->deref;
		seed_from_db(r, r->deref, "[]");
	}
	return loc_rep(r->deref);
}

static int loc_set_global(struct loc *r)
{
	int changed = 0;

	while (r && !r->global) {
		r->global = 1;
		memset(r->content.param, 0, sizeof(r->content.param));
		changed = 1;
		r = r->deref ? loc_rep(r->deref) : NULL;
	}
	return changed;
}

/* Merge two alias classes (and what they point to); 1 if anything changed. */
int loc_unify(struct loc *a, struct loc *b)
{
	struct loc *da, *db;
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		a = loc_rep(a);
		b = loc_rep(b);
		if (a == b)
			return depth > 0;
		if (a->global && !b->global) {
			struct loc *t = a;

			a = b;
			b = t;
		}
		/* a joins b; b, the global one if either is, stays rep */
		a->rep = b;
		if (a->global)
			loc_set_global(b);
		fact_merge(&b->content, &a->content, !b->global);
		da = a->deref;
		db = b->deref;
		if (!da)
			return 1;
		if (!db) {
			b->deref = da;
			if (b->global)
				loc_set_global(loc_rep(da));
			return 1;
		}
		a = da;
		b = db;
	}
	return 1;
}

int loc_merge(struct loc *loc, const struct fact *f)
{
	struct loc *r = loc_rep(loc);

	return fact_merge(&r->content, f, !r->global);
}

const struct fact *loc_content(struct loc *loc)
{
	return &loc_rep(loc)->content;
}

static struct loc *sym_loc(struct symbol *sym)
{
	int global = !!(sym->ctype.modifiers & (MOD_TOPLEVEL | MOD_STATIC));

	return loc_get(LOC_SYM, sym, 0, global);
}

static struct loc *ptr_loc(pseudo_t p)
{
	return loc_get(LOC_PTR, p, 0, 0);
}

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

/* The location that the address addr + offset refers to. */
struct loc *loc_of_address(pseudo_t addr, long off)
{
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		struct symbol *target = pseudo_pointee(addr);
		struct instruction *insn;

		if (is_struct_container(target))
			return member_loc(target, off);
		if (addr->type == PSEUDO_SYM)
			return sym_loc(addr->sym);
		if (addr->type != PSEUDO_REG || !addr->def)
			return ptr_loc(addr);
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
			return loc_deref(loc_of_address(insn->src, insn->offset));
		default:
			return ptr_loc(addr);
		}
	}
	return ptr_loc(addr);
}

void loc_reset(void)
{
	struct loc *loc, *next;
	int i;

	for (i = 0; i < LOC_HASH; i++) {
		for (loc = loc_hash[i]; loc; loc = next) {
			next = loc->hnext;
			free(loc);
		}
		loc_hash[i] = NULL;
	}
	for (loc = all_derefs; loc; loc = next) {
		next = loc->hnext;
		free(loc);
	}
	all_derefs = NULL;
}
