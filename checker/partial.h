/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_PARTIAL_H
#define PINCHECK_PARTIAL_H

#include "linearize.h"

/*
 * Report the returns that leave pages pinned after a gup call took fewer
 * than asked for (partial.c).
 */
void partial_check(struct entrypoint *ep);

#endif
