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
