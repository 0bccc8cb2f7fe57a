/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_PARTIAL_H
#define PINCHECK_CORE_PARTIAL_H

#include "ir.h"

/*
 * Report the returns that leave pages pinned after a gup call took fewer
 * than asked for (partial.c).
 */
void partial_check(struct pc_func *fn);

#endif
