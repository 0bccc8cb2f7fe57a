/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/ir.h - the IR the analysis reads: one translation unit's
 * functions, as a front end lowers them.
 *
 * The form is SSA, as sparse's linearized IR is: a value is defined once
 * (by an instruction, or it is an argument, a symbol's address or a
 * constant), and joins are phi instructions fed by phi sources at the end
 * of the predecessors.  Memory is named by abstract addresses the front
 * end resolves with its types (struct pc_addr): a variable's storage, a
 * struct member (the same in every function), what a pointer value
 * points to, or what the pointer loaded from another address points to.
 * Array indexes are dropped there: every element is one location.  Types
 * stay in the front end (a value carries an opaque handle of its type,
 * for core/types.c's walk); a value carries the two facts of its type
 * the analysis asks about.
 */
#ifndef PINCHECK_CORE_IR_H
#define PINCHECK_CORE_IR_H

#include <stdio.h>

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

struct pc_insn;
struct pc_value;
struct pc_bb;

/* A function or a variable. */
struct pc_sym {
	const char *name;		/* NULL: unnamed */
	struct pc_pos pos;		/* where it is declared */
	unsigned global:1;		/* outlives a call: static or file scope */
	unsigned is_static:1;		/* (a function) only this file calls it */
	unsigned defined:1;		/* (a function) its body is in this unit */
};

/*
 * A struct member, one object per member of a struct type: the location
 * every function of the unit shares.  @key names it between files
 * ("struct tag.member": --db), NULL where that makes no sense (a struct
 * the whole kernel shares, an unnamed one, a member that holds no
 * pointer).
 */
struct pc_member {
	const char *key;
};

enum pc_addr_kind {
	PC_ADDR_NONE,		/* not an address anything is known of */
	PC_ADDR_SYM,		/* the storage of @sym */
	PC_ADDR_MEMBER,		/* struct member @member */
	PC_ADDR_PTR,		/* what value @base points to */
	PC_ADDR_LOADED,		/* what the pointer @load read points to */
};

struct pc_addr {
	enum pc_addr_kind kind;
	struct pc_sym *sym;
	const struct pc_member *member;
	struct pc_value *base;
	struct pc_insn *load;
};

enum pc_value_kind {
	PC_VAL_VOID,		/* no value (a void call, a missing argument) */
	PC_VAL_REG,		/* defined by @def */
	PC_VAL_ARG,		/* the function's argument @nr (from 1) */
	PC_VAL_SYM,		/* the address of @sym */
	PC_VAL_CONST,		/* @cval */
	PC_VAL_UNDEF,		/* a value never set: nothing known of it */
};

struct pc_value {
	enum pc_value_kind kind;
	struct pc_insn *def;
	int nr;
	struct pc_sym *sym;
	long long cval;
	unsigned is_pointer:1;		/* a pointer (or an array) */
	unsigned points_to_pointer:1;	/* ... to pointers (or void *) */
	struct pc_addr points;		/* what it points to, as an address */
	/* the front end's type (core/types.h): of the value, of a symbol */
	const void *type;
	void *priv;			/* the analysis's */
};

enum pc_op {
	PC_OP_NOP,
	PC_OP_LOAD,		/* target = *addr */
	PC_OP_STORE,		/* *addr = src */
	PC_OP_CAST,		/* target = src: integer casts and copies */
	PC_OP_PTRCAST,		/* target = src: casts to or from a pointer */
	/* target = src1 OP src2 */
	PC_OP_ADD, PC_OP_SUB, PC_OP_MUL, PC_OP_SHL, PC_OP_LSR, PC_OP_ASR,
	PC_OP_DIVU, PC_OP_DIVS, PC_OP_AND, PC_OP_OR, PC_OP_BINOP,
	/* target = src1 CMP src2, in the order of negation pairs */
	PC_OP_SET_EQ, PC_OP_SET_NE, PC_OP_SET_LT, PC_OP_SET_GE,
	PC_OP_SET_LE, PC_OP_SET_GT, PC_OP_SET_B, PC_OP_SET_AE,
	PC_OP_SET_BE, PC_OP_SET_A,
	PC_OP_SEL,		/* target = src1 ? src2 : src3 */
	PC_OP_PHI,		/* target = one of @phis (phi sources) */
	PC_OP_PHISRC,		/* src, for the phi of a successor */
	PC_OP_CALL,		/* target = callee(args) */
	PC_OP_INLINED,		/* @callee's body was inlined here (a marker) */
	PC_OP_RET,		/* return src (or nothing) */
	PC_OP_CBR,		/* if (src) bb_true else bb_false */
	PC_OP_SWITCH,		/* switch (src): @cases */
	PC_OP_BR,
	PC_OP_UNREACH,
	PC_OP_ASM,		/* target = an output of inline assembly */
	PC_OP_OTHER,		/* anything else: no effect on pages */
};

static inline int pc_op_compare(enum pc_op op)
{
	return op >= PC_OP_SET_EQ && op <= PC_OP_SET_A;
}

static inline int pc_op_binop(enum pc_op op)
{
	return op >= PC_OP_ADD && op <= PC_OP_BINOP;
}

/* !(a CMP b) is a negate(CMP) b; b CMP a is a swap(CMP) b */
enum pc_op pc_op_negate(enum pc_op op);
enum pc_op pc_op_swap(enum pc_op op);

struct pc_case {
	long long begin, end;		/* begin > end: the default */
	struct pc_bb *target;
};

struct pc_insn {
	enum pc_op op;
	struct pc_bb *bb;
	struct pc_pos pos;
	struct pc_value *target;	/* the value it defines, or NULL */
	struct pc_value *src;		/* STORE's value, CAST's, RET's, CBR's */
	struct pc_value *src1, *src2, *src3;
	/* LOAD, STORE: the address, as computed and as resolved */
	struct pc_value *addr_base;
	long offset;
	struct pc_addr addr;
	/* CALL: the function called, when it is named; INLINED: the one */
	struct pc_sym *callee;
	struct pc_value *func;		/* CALL: the callee as a value */
	struct pc_value **args;
	int nr_args;
	/* PHI: its sources (PHISRC instructions) */
	struct pc_insn **phis;
	int nr_phis;
	/* CBR */
	struct pc_bb *bb_true, *bb_false;
	/* SWITCH */
	struct pc_case *cases;
	int nr_cases;
	/* CAST: to a wider integer, of an unsigned one (zero-extended) */
	unsigned zext:1;
};

struct pc_bb {
	int id;
	struct pc_insn **insns;
	int nr_insns;
	struct pc_bb **parents, **children;
	int nr_parents, nr_children;
	void *priv;
};

struct pc_func {
	struct pc_sym *sym;
	struct pc_bb **bbs;		/* in the front end's order */
	int nr_bbs;
	struct pc_bb *entry;
	struct pc_value **args;		/* args[i] is argument i + 1 */
	int nr_args;
	struct pc_func *next;
};

/* What the analysis asks the front end about the unit's types. */
struct pc_frontend {
	/* the member of struct @tag named @member, or NULL */
	const struct pc_member *(*member_named)(const char *tag,
						const char *member);
	/* whether the file declares enumerator @name; its value in *@val */
	int (*enum_value)(const char *name, long long *val);
};

struct pc_unit {
	const struct pc_frontend *fe;
	struct pc_func *funcs;
};

/*
 * PINCHECK_LOWER_DUMP=1 in the environment: each front end prints every
 * function it lowers, in one format (compare them, or with -ventry).
 */
int pc_dump_wanted(void);
void pc_dump_func(FILE *f, const struct pc_func *fn);

/*
 * Each value of @sw's cases, in order, to @fn with whether it leads to
 * @to; ranges wider than @max_range, or @fn returning nonzero, stop the
 * walk (-1).  Otherwise returns whether @to is the default.
 */
int pc_switch_values(const struct pc_insn *sw, const struct pc_bb *to,
		     long long max_range,
		     int (*fn)(long long v, int here, void *data), void *data);

static inline struct pc_value *pc_arg(const struct pc_insn *call, int nr)
{
	return nr >= 1 && nr <= call->nr_args ? call->args[nr - 1] : NULL;
}

static inline struct pc_insn *pc_last_insn(const struct pc_bb *bb)
{
	return bb->nr_insns ? bb->insns[bb->nr_insns - 1] : NULL;
}

/*
 * @v under its casts, pointer casts included: the kvmalloc() result
 * under (struct page **), the parameter under (void *).
 */
static inline struct pc_value *pc_uncast(struct pc_value *v)
{
	int n;

	for (n = 0; n < 32 && v && v->kind == PC_VAL_REG && v->def &&
		    (v->def->op == PC_OP_CAST || v->def->op == PC_OP_PTRCAST);
	     n++)
		v = v->def->src;
	return v;
}

/* Where @bb is in @fn's blocks (for per-block arrays), or -1. */
int pc_bb_index(const struct pc_func *fn, const struct pc_bb *bb);

#ifdef __cplusplus
}
#endif

#endif
