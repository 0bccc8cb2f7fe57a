/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lower.h - sparse's IR lowered to the core's: a unit of functions for
 * core/summary.h's tu_analyse().
 */
#ifndef PINCHECK_LOWER_H
#define PINCHECK_LOWER_H

#include "lib.h"
#include "linearize.h"
#include "core/ir.h"

/* Lower one function (after linearize_symbol()) into the unit. */
void lower_function(struct symbol *sym, struct entrypoint *ep);
/* The functions lowered so far, with the front end's answers. */
struct pc_unit *lower_unit(void);
/* Forget the unit (after tu_end()). */
void lower_end(void);
/* A sparse position as the core names places. */
struct pc_pos lower_pos(struct position pos);

#endif
