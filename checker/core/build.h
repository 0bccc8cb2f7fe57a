/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/build.h - an SSA function builder, for a front end that lowers
 * from an AST (checker/clang/): blocks and their edges, instructions,
 * local variables as SSA values built while lowering (Braun et al.,
 * "Simple and Efficient Construction of SSA Form"), then the shape
 * sparse gives a function (checker/lower.c gets it from sparse itself):
 * trivial phis gone, operations on constants and branches on them
 * folded, dead code dropped, phis of two arms of a branch as selects,
 * empty blocks and straight lines packed, one struct pc_func.
 *
 * Types stay the front end's: a value's type is an opaque handle
 * (core/types.h), and the unit's int_type() says how wide and signed
 * one is, for folding.
 */
#ifndef PINCHECK_CORE_BUILD_H
#define PINCHECK_CORE_BUILD_H

#include "ir.h"
#include "types.h"
#include "util.h"

#ifdef __cplusplus
extern "C" {
#endif

struct pc_vec {
	void **item;
	int nr, max;
};

/* Pointers (or numbers) to values, never NULL: an open hash. */
struct pc_map {
	struct pc_map_slot *slot;
	unsigned int nr, cap;
};

/* A block being built; ->bb is the IR's block it becomes. */
struct pc_block {
	struct pc_bb *bb;
	struct pc_vec phis, insns, phisrcs;	/* of struct pc_insn */
	struct pc_insn *term;
	struct pc_vec preds, succs;		/* of struct pc_block */
	struct pc_map defs;			/* variable -> its value here */
	struct pc_vec incomplete;		/* of struct pc_phi */
	struct pc_vec kids;			/* (build) in branch order */
	unsigned sealed:1, reachable:1, dead:1, seen:1;
};

static inline struct pc_block *pc_pred(const struct pc_block *b, int i)
{
	return (struct pc_block *)b->preds.item[i];
}

/* A unit being built: its functions, its constants. */
struct pc_build_unit {
	struct pc_unit unit;
	struct pc_func **tail;
	struct pc_arena *arena;
	struct pc_resolver *resolver;
	/* how wide (in bits) and signed a type is, for folding */
	void (*int_type)(const void *type, unsigned int *width,
			 int *is_unsigned);
	int max_insns;		/* > 0: larger functions are left out */
	struct pc_map consts;
};

void pc_build_unit_init(struct pc_build_unit *u, struct pc_arena *arena,
			struct pc_resolver *resolver);
void pc_build_unit_end(struct pc_build_unit *u);
/* One value per constant of the unit. */
struct pc_value *pc_const(struct pc_build_unit *u, long long c);

/* One function being built. */
struct pc_builder {
	struct pc_build_unit *u;
	struct pc_pos pos;		/* of the instructions emitted next */
	struct pc_block *cur;		/* NULL: after a return or a goto */
	struct pc_block *entry;
	struct pc_vec blocks, phis, values, memops, args;
	struct pc_map repl;		/* value -> the value it became */
	struct pc_map of_bb;		/* pc_bb -> its block */
	int nr_insns;			/* (after pc_build_func()) */
};

void pc_builder_init(struct pc_builder *b, struct pc_build_unit *u);
void pc_builder_free(struct pc_builder *b);

/* ---- blocks and instructions ---- */
struct pc_block *pc_new_block(struct pc_builder *b);
/* The block code goes to: after a return or a goto, a new unreachable one. */
struct pc_block *pc_active(struct pc_builder *b);
void pc_add_edge(struct pc_block *from, struct pc_block *to);
/* Code goes on in @blk (the current block falls through to it). */
void pc_start(struct pc_builder *b, struct pc_block *blk, int seal);
struct pc_insn *pc_emit(struct pc_builder *b, enum pc_op op);
/* @term (unreachable, switch, return) ends the active block. */
struct pc_block *pc_close(struct pc_builder *b, struct pc_insn *term);
struct pc_value *pc_new_reg(struct pc_builder *b, const void *type,
			    struct pc_insn *def);
/* The function's argument @nr (from 1), in order. */
struct pc_value *pc_new_arg(struct pc_builder *b, int nr, const void *type);
struct pc_value *pc_undef(struct pc_builder *b, const void *type);
/* x OP y, folded on constants as sparse folds them */
struct pc_value *pc_op2(struct pc_builder *b, enum pc_op op,
			struct pc_value *x, struct pc_value *y,
			const void *type);
struct pc_value *pc_select(struct pc_builder *b, struct pc_value *c,
			   struct pc_value *t, struct pc_value *f,
			   const void *type);
void pc_br(struct pc_builder *b, struct pc_block *to);
void pc_cbr(struct pc_builder *b, struct pc_value *c, struct pc_block *t,
	    struct pc_block *f);

/* ---- SSA: variables keyed by the front end's pointers ---- */
void pc_write_var(struct pc_block *blk, const void *key, struct pc_value *v);
struct pc_value *pc_read_var(struct pc_builder *b, const void *key,
			     const void *type, struct pc_block *blk);
/* No more parents will come: @blk's phis get their operands. */
void pc_seal(struct pc_builder *b, struct pc_block *blk);

/*
 * The function in sparse's shape, its addresses resolved: ->sym is the
 * front end's to set, then pc_build_add().
 */
struct pc_func *pc_build_func(struct pc_builder *b);
/*
 * Into the unit, unless larger than max_insns (a note instead); with
 * PINCHECK_LOWER_DUMP, printed.
 */
void pc_build_add(struct pc_build_unit *u, struct pc_func *fn,
		  int nr_insns);

#ifdef __cplusplus
}
#endif

#endif
