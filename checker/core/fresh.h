/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_FRESH_H
#define PINCHECK_CORE_FRESH_H

#include "fact.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * When @arr is an array that a call of @fn nothing is known of returned
 * (kvmalloc()), and it has not escaped on any way to @at: 1, with what
 * @fn put in it before @at in *@out (fresh.c).  Otherwise 0: its alias
 * class says what it holds.
 */
int fresh_content(struct pc_func *fn, struct pc_value *arr,
		  struct pc_insn *at, struct fact *out);

#ifdef __cplusplus
}
#endif

#endif
