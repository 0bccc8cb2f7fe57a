// SPDX-License-Identifier: GPL-2.0
/*
 * core/types.c - addresses resolved with the front end's types: struct
 * members (one object per struct type and offset, looking through
 * embedded structs and arrays of structs to the innermost member), a
 * variable's storage, loaded pointers, base values.  Array indexes are
 * dropped: every element of an array is one location.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"

#define MAX_WALK	32

struct pc_member_slot {
	const void *type;
	long off;
	struct pc_member member;
	struct pc_member_slot *next;
};

void pc_resolver_init(struct pc_resolver *r, const struct pc_types *t,
		      struct pc_arena *arena)
{
	memset(r, 0, sizeof(*r));
	r->t = t;
	r->arena = arena;
}

void pc_resolver_end(struct pc_resolver *r)
{
	free(r->slots);
	r->slots = NULL;
	r->nr_slots = r->nr_members = 0;
}

/* ---- types, by their handles ---- */

static const void *strip(const struct pc_resolver *r, const void *t)
{
	return t ? r->t->strip(t) : NULL;
}

static enum pc_type_kind kind(const struct pc_resolver *r, const void *t)
{
	return t ? r->t->kind(t) : PC_TYPE_OTHER;
}

static int is_ptr_like(const struct pc_resolver *r, const void *t)
{
	enum pc_type_kind k = kind(r, strip(r, t));

	return k == PC_TYPE_PTR || k == PC_TYPE_ARRAY;
}

/* What a pointer points to, an array's element; NULL for the rest. */
static const void *pointee(const struct pc_resolver *r, const void *t)
{
	t = strip(r, t);
	if (!is_ptr_like(r, t))
		return NULL;
	return strip(r, r->t->target(t));
}

/* A struct, or an array (of arrays) of structs. */
static int is_struct_container(const struct pc_resolver *r, const void *t)
{
	t = strip(r, t);
	while (kind(r, t) == PC_TYPE_ARRAY)
		t = pointee(r, t);
	return kind(r, t) == PC_TYPE_STRUCT;
}

/* ---- values ---- */

static int value_is_pointer(const struct pc_resolver *r,
			    const struct pc_value *v)
{
	return v->kind == PC_VAL_SYM || is_ptr_like(r, v->type);
}

/* What the pointer value @v points to (for a symbol: the symbol itself). */
static const void *value_pointee(const struct pc_resolver *r,
				 const struct pc_value *v)
{
	if (v->kind == PC_VAL_SYM)
		return strip(r, v->type);
	return pointee(r, v->type);
}

/*
 * Only pointers to pointers (or void *, which drivers cast back) name
 * arrays of pages worth aliasing; a variable's address is one when the
 * variable is a pointer or an array of pointers.
 */
static int points_to_pointer(const struct pc_resolver *r,
			     const struct pc_value *v)
{
	const void *t;

	if (!value_is_pointer(r, v))
		return 0;
	t = value_pointee(r, v);
	if (v->kind == PC_VAL_SYM && kind(r, t) == PC_TYPE_ARRAY)
		t = pointee(r, t);
	return kind(r, t) == PC_TYPE_PTR || kind(r, t) == PC_TYPE_VOID;
}

void pc_value_set_flags(const struct pc_resolver *r, struct pc_value *v)
{
	v->is_pointer = value_is_pointer(r, v);
	v->points_to_pointer = points_to_pointer(r, v);
}

/* ---- members ---- */

/*
 * A struct the whole kernel shares (struct scatterlist, struct bio_vec:
 * declared in include/linux/, a uapi header, asm) holds the pages of
 * every subsystem that uses it; what one file stores there says nothing
 * of another's.  Only a driver's or a subsystem's own structs carry
 * facts between files.
 */
static int shared_struct(const struct pc_resolver *r, const void *s)
{
	const char *file = r->t->file(s);

	if (!file)
		return 0;
	return strstr(file, "include/linux/") || strstr(file, "include/uapi/") ||
	       strstr(file, "/asm/") || strstr(file, "/asm-generic/");
}

/*
 * "tag.member", the name of a member between files (--db), for a named
 * member of a named struct the kernel does not share, that can hold
 * pages: a pointer, or an array (of pointers).  Counts and sizes
 * computed from pages carry facts in a file, not between files.
 */
static const char *member_key(const struct pc_resolver *r, const void *s,
			      const struct pc_field *f)
{
	const char *tag;
	char *key;
	size_t n;

	if (!f->name || shared_struct(r, s))
		return NULL;
	tag = r->t->tag(s);
	if (!tag || !is_ptr_like(r, f->type))
		return NULL;
	n = strlen(tag);
	key = pc_arena_alloc(r->arena, n + f->name_len + 2);
	memcpy(key, tag, n);
	key[n] = '.';
	memcpy(key + n + 1, f->name, f->name_len);
	return key;
}

static unsigned int slot_hash(const void *type, long off, unsigned int nr)
{
	unsigned long h = (unsigned long)type >> 4;

	h ^= (unsigned long)off * 0x9e3779b1UL;
	return (h ^ (h >> 15)) & (nr - 1);
}

static void grow_slots(struct pc_resolver *r)
{
	unsigned int nr = r->nr_slots ? 2 * r->nr_slots : 1024, i;
	struct pc_member_slot **slots = pc_xcalloc(nr, sizeof(*slots));

	for (i = 0; i < r->nr_slots; i++) {
		struct pc_member_slot *m = r->slots[i], *next;

		for (; m; m = next) {
			unsigned int h = slot_hash(m->type, m->off, nr);

			next = m->next;
			m->next = slots[h];
			slots[h] = m;
		}
	}
	free(r->slots);
	r->slots = slots;
	r->nr_slots = nr;
}

/* The member of struct @s at byte @off: one object for every function. */
static const struct pc_member *member_of(struct pc_resolver *r,
					 const void *s, long off,
					 const struct pc_field *f)
{
	struct pc_member_slot *m;
	unsigned int h;

	if (r->nr_members >= r->nr_slots)
		grow_slots(r);
	h = slot_hash(s, off, r->nr_slots);
	for (m = r->slots[h]; m; m = m->next)
		if (m->type == s && m->off == off)
			return &m->member;
	m = pc_arena_alloc(r->arena, sizeof(*m));
	m->type = s;
	m->off = off;
	m->member.key = f ? member_key(r, s, f) : NULL;
	m->next = r->slots[h];
	r->slots[h] = m;
	r->nr_members++;
	return &m->member;
}

struct field_search {
	long off;
	const char *name;		/* by name, not by offset */
	size_t name_len;
	struct pc_field found;
	int any;
};

/* The field that holds byte @off (an unsized one holds what follows). */
static int field_holds(const struct pc_field *f, void *arg)
{
	struct field_search *fs = arg;

	if (f->offset > fs->off ||
	    (f->bytes > 0 && fs->off >= f->offset + f->bytes))
		return 0;
	fs->found = *f;
	fs->any = 1;
	return 1;
}

/*
 * The member of struct @s at byte offset @off, looking through embedded
 * structs and arrays of structs to the innermost member.
 */
static const struct pc_member *member_at(struct pc_resolver *r,
					 const void *s, long off)
{
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		struct field_search fs = { .off = off };
		const void *mt;

		s = strip(r, s);
		if (kind(r, s) == PC_TYPE_ARRAY) {
			const void *elem = pointee(r, s);
			long size = elem ? r->t->bytes(elem) : 0;

			if (size > 0 && off >= 0)
				off %= size;
			s = elem;
			continue;
		}
		if (kind(r, s) != PC_TYPE_STRUCT)
			break;
		r->t->fields(s, field_holds, &fs);
		if (!fs.any)
			break;
		mt = strip(r, fs.found.type);
		if (!is_struct_container(r, mt))
			return member_of(r, s, fs.found.offset, &fs.found);
		off -= fs.found.offset;
		s = mt;
	}
	return member_of(r, s, off, NULL);
}

static int field_named(const struct pc_field *f, void *arg)
{
	struct field_search *fs = arg;

	if (!f->name || (size_t)f->name_len != fs->name_len ||
	    memcmp(f->name, fs->name, fs->name_len))
		return 0;
	fs->found = *f;
	fs->any = 1;
	return 1;
}

const struct pc_member *pc_member_named(struct pc_resolver *r,
					const char *tag, const char *member)
{
	struct field_search fs = { .name = member, .name_len = strlen(member) };
	const void *s = strip(r, r->t->struct_named(tag));

	if (kind(r, s) != PC_TYPE_STRUCT)
		return NULL;
	r->t->fields(s, field_named, &fs);
	return fs.any ? member_at(r, s, fs.found.offset) : NULL;
}

/* ---- addresses ---- */

/*
 * Of an add's operands, the one that is the pointer being indexed: by
 * type, else one cast from an integer or loaded (a pointer kept in an
 * unsigned long).
 */
static struct pc_value *index_base(const struct pc_resolver *r,
				   const struct pc_insn *insn)
{
	const struct pc_value *s2 = insn->src2;

	if (value_is_pointer(r, insn->src1))
		return insn->src1;
	if (value_is_pointer(r, s2))
		return insn->src2;
	if (s2->kind == PC_VAL_REG && s2->def &&
	    (s2->def->op == PC_OP_PTRCAST || s2->def->op == PC_OP_LOAD))
		return insn->src2;
	return insn->src1;
}

/*
 * One step down the address @*v + @*off: through constant offsets,
 * indexes and casts.  0: @*v is where the walk stops.
 */
static int addr_step(const struct pc_resolver *r, struct pc_value **v,
		     long *off)
{
	struct pc_insn *insn = (*v)->def;

	switch (insn->op) {
	case PC_OP_ADD:
		if (insn->src2->kind == PC_VAL_CONST) {
			*off += insn->src2->cval;
			*v = insn->src1;
		} else if (insn->src1->kind == PC_VAL_CONST) {
			*off += insn->src1->cval;
			*v = insn->src2;
		} else {
			*v = index_base(r, insn);
		}
		return 1;
	case PC_OP_SUB:
		if (insn->src2->kind == PC_VAL_CONST)
			*off -= insn->src2->cval;
		*v = insn->src1;
		return 1;
	case PC_OP_PTRCAST:
	case PC_OP_CAST:
		*v = insn->src;
		return 1;
	default:
		return 0;
	}
}

struct pc_addr pc_resolve(struct pc_resolver *r, struct pc_value *v,
			  long off)
{
	struct pc_addr a = { .kind = PC_ADDR_PTR };
	int depth;

	for (depth = 0; depth < MAX_WALK; depth++) {
		const void *target = value_pointee(r, v);

		if (is_struct_container(r, target)) {
			a.kind = PC_ADDR_MEMBER;
			a.member = member_at(r, target, off);
			return a;
		}
		if (v->kind == PC_VAL_SYM) {
			a.kind = PC_ADDR_SYM;
			a.sym = v->sym;
			return a;
		}
		if (v->kind != PC_VAL_REG || !v->def)
			break;
		if (v->def->op == PC_OP_LOAD) {
			a.kind = PC_ADDR_LOADED;
			a.load = v->def;
			return a;
		}
		if (!addr_step(r, &v, &off))
			break;
	}
	a.base = v;
	return a;
}
