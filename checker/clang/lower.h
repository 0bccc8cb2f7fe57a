/* SPDX-License-Identifier: GPL-2.0 */
/*
 * lower.h - clang's AST of a translation unit, lowered to the core's IR
 * (core/ir.h): a unit of functions for core/summary.h's tu_analyse().
 */
#ifndef PINCHECK_CLANG_LOWER_H
#define PINCHECK_CLANG_LOWER_H

#include "clang/AST/ASTContext.h"

#include "../core/ir.h"

namespace pincheck {

/*
 * Lower the functions of the unit worth analysing (as sparse sees them:
 * the file's own, and the static inline helpers they call).  A function
 * of more than @max_insns instructions gets a note and is left out.
 */
struct pc_unit *lower_unit(clang::ASTContext &ctx, int max_insns);
/* Forget the unit (after tu_end()). */
void lower_end(void);

} // namespace pincheck

#endif
