// SPDX-License-Identifier: GPL-2.0
/*
 * core/ir.c - what the IR's users share: compare opcodes turned round,
 * and the memory a unit's IR lives in.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ir.h"
#include "util.h"

enum pc_op pc_op_negate(enum pc_op op)
{
	switch (op) {
	case PC_OP_SET_EQ:	return PC_OP_SET_NE;
	case PC_OP_SET_NE:	return PC_OP_SET_EQ;
	case PC_OP_SET_LT:	return PC_OP_SET_GE;
	case PC_OP_SET_GE:	return PC_OP_SET_LT;
	case PC_OP_SET_LE:	return PC_OP_SET_GT;
	case PC_OP_SET_GT:	return PC_OP_SET_LE;
	case PC_OP_SET_B:	return PC_OP_SET_AE;
	case PC_OP_SET_AE:	return PC_OP_SET_B;
	case PC_OP_SET_BE:	return PC_OP_SET_A;
	case PC_OP_SET_A:	return PC_OP_SET_BE;
	default:		return op;
	}
}

enum pc_op pc_op_swap(enum pc_op op)
{
	switch (op) {
	case PC_OP_SET_LT:	return PC_OP_SET_GT;
	case PC_OP_SET_GT:	return PC_OP_SET_LT;
	case PC_OP_SET_LE:	return PC_OP_SET_GE;
	case PC_OP_SET_GE:	return PC_OP_SET_LE;
	case PC_OP_SET_B:	return PC_OP_SET_A;
	case PC_OP_SET_A:	return PC_OP_SET_B;
	case PC_OP_SET_BE:	return PC_OP_SET_AE;
	case PC_OP_SET_AE:	return PC_OP_SET_BE;
	default:		return op;	/* EQ, NE: symmetric */
	}
}

/* ---- an arena: what lives as long as one unit's analysis ---- */

struct chunk {
	struct chunk *next;
	size_t used, size;
	char data[];
};

#define CHUNK_SIZE	(256 * 1024)

void *pc_arena_alloc(struct pc_arena *a, size_t size)
{
	struct chunk *c = a->head;
	void *p;

	size = (size + 15) & ~(size_t)15;
	if (!c || c->size - c->used < size) {
		size_t n = size > CHUNK_SIZE ? size : CHUNK_SIZE;

		c = pc_xcalloc(1, sizeof(*c) + n);
		c->size = n;
		c->next = a->head;
		a->head = c;
	}
	p = c->data + c->used;
	c->used += size;
	return p;
}

void pc_arena_free(struct pc_arena *a)
{
	while (a->head) {
		struct chunk *c = a->head;

		a->head = c->next;
		free(c);
	}
}

/* ---- the IR as text: PINCHECK_LOWER_DUMP=1, either front end ---- */

static const char *const op_names[] = {
	"nop", "load", "store", "cast", "ptrcast", "add", "sub", "mul",
	"shl", "lsr", "asr", "divu", "divs", "and", "or", "binop",
	"seteq", "setne", "setlt", "setge", "setle", "setgt", "setb",
	"setae", "setbe", "seta", "select", "phi", "phisrc", "call",
	"inlined", "ret", "cbr", "switch", "br", "unreach", "asm", "other",
};

static void dump_value(FILE *f, const struct pc_value *v)
{
	if (!v) {
		fprintf(f, " -");
		return;
	}
	switch (v->kind) {
	case PC_VAL_REG:
		fprintf(f, " %%r%lx", ((unsigned long)v >> 4) & 0xffff);
		break;
	case PC_VAL_ARG:
		fprintf(f, " %%arg%d", v->nr);
		break;
	case PC_VAL_SYM:
		fprintf(f, " %s", v->sym->name ? v->sym->name : "<anon>");
		break;
	case PC_VAL_CONST:
		fprintf(f, " $%lld", v->cval);
		break;
	case PC_VAL_UNDEF:
		fprintf(f, " undef");
		break;
	default:
		fprintf(f, " void");
		break;
	}
}

static void dump_addr(FILE *f, const struct pc_addr *a)
{
	static const char *const kinds[] = {
		"none", "sym", "member", "ptr", "loaded",
	};

	fprintf(f, "  {%s", kinds[a->kind]);
	if (a->kind == PC_ADDR_MEMBER)
		fprintf(f, " %p %s", (const void *)a->member,
			a->member->key ? a->member->key : "");
	if (a->kind == PC_ADDR_PTR)
		dump_value(f, a->base);
	fprintf(f, "}");
}

static void dump_insn(FILE *f, const struct pc_insn *in)
{
	const struct pc_value *srcs[] = {
		in->src, in->src1, in->src2, in->src3, in->addr_base,
	};
	int k;

	fprintf(f, "\t%-8s", op_names[in->op]);
	if (in->target) {
		dump_value(f, in->target);
		fprintf(f, " <-");
	}
	if (in->callee)
		fprintf(f, " %s", in->callee->name);
	for (k = 0; k < 5; k++)
		if (srcs[k])
			dump_value(f, srcs[k]);
	for (k = 0; k < in->nr_args; k++)
		dump_value(f, in->args[k]);
	for (k = 0; k < in->nr_phis; k++) {
		fprintf(f, " [.L%d:", in->phis[k]->bb ? in->phis[k]->bb->id : -1);
		dump_value(f, in->phis[k]->src);
		fprintf(f, "]");
	}
	if (in->op == PC_OP_CBR)
		fprintf(f, " .L%d .L%d", in->bb_true->id, in->bb_false->id);
	for (k = 0; k < in->nr_cases; k++)
		fprintf(f, " %lld..%lld:.L%d", in->cases[k].begin,
			in->cases[k].end, in->cases[k].target->id);
	if (in->op == PC_OP_LOAD || in->op == PC_OP_STORE) {
		fprintf(f, " +%ld", in->offset);
		dump_addr(f, &in->addr);
	}
	if (in->target && in->target->is_pointer)
		dump_addr(f, &in->target->points);
	fprintf(f, "   @%d\n", in->pos.line);
}

void pc_dump_func(FILE *f, const struct pc_func *fn)
{
	int i, j;

	fprintf(f, "%s:\n", fn->sym && fn->sym->name ? fn->sym->name : "?");
	for (i = 0; i < fn->nr_bbs; i++) {
		const struct pc_bb *bb = fn->bbs[i];

		fprintf(f, ".L%d: <-", bb->id);
		for (j = 0; j < bb->nr_parents; j++)
			fprintf(f, " .L%d", bb->parents[j]->id);
		fprintf(f, "\n");
		for (j = 0; j < bb->nr_insns; j++)
			dump_insn(f, bb->insns[j]);
	}
	fprintf(f, "\n");
}

int pc_dump_wanted(void)
{
	static int wanted = -1;

	if (wanted < 0)
		wanted = getenv("PINCHECK_LOWER_DUMP") != NULL;
	return wanted;
}

int pc_switch_values(const struct pc_insn *sw, const struct pc_bb *to,
		     long long max_range,
		     int (*fn)(long long v, int here, void *data), void *data)
{
	int is_default = 0, i;

	for (i = 0; i < sw->nr_cases; i++) {
		const struct pc_case *jmp = &sw->cases[i];
		long long v;

		if (jmp->begin > jmp->end) {
			is_default |= jmp->target == to;
			continue;
		}
		if (jmp->end - jmp->begin >= max_range)
			return -1;
		for (v = jmp->begin; v <= jmp->end; v++)
			if (fn(v, jmp->target == to, data))
				return -1;
	}
	return is_default;
}

int pc_bb_index(const struct pc_func *fn, const struct pc_bb *bb)
{
	int i;

	/* both front ends number the blocks in their order */
	if (bb->id >= 0 && bb->id < fn->nr_bbs && fn->bbs[bb->id] == bb)
		return bb->id;
	for (i = 0; i < fn->nr_bbs; i++)
		if (fn->bbs[i] == bb)
			return i;
	return -1;
}
