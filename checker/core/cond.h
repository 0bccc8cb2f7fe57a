/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_COND_H
#define PINCHECK_CORE_COND_H

#include "guard.h"
#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Conditional pins (cond.c): where the file keeps whether a COND
 * acquisition (iov_iter_extract_pages()) pinned.
 */
void cond_prescan(struct fn_info *functions);
void cond_reset(void);
/* The guard tests the answer of a PIN_TEST call, or a place holding it. */
int cond_subject(const struct guard *g);
/* Under @g, the COND acquisitions of the file pinned. */
int cond_will_pin(const struct guards *g);

#ifdef __cplusplus
}
#endif

#endif
