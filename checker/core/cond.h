/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_COND_H
#define PINCHECK_CORE_COND_H

#include "guard.h"
#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Conditional pins (cond.c): what decides whether a COND acquisition
 * (iov_iter_extract_pages()) pinned, the kind of its iterator, as the
 * file tests it, keeps it, or fixes it.
 */
void cond_prescan(struct fn_info *functions);
void cond_reset(void);
/* The guard tests an answer kept in a place, or an iterator's kind. */
int cond_subject(const struct guard *g);
/* The kinds guard @g when @c is @truth (a test of the model), or 0. */
int cond_kind_guard(struct pc_value *c, int truth, struct guard *g);
/* The kinds guard of "@v == @k" (@equal) or "!=", @v an iterator's kind */
int cond_kind_compare(struct pc_value *v, long long k, int equal,
		      struct guard *g);
/* The kinds guard of a switch on an iterator's kind, for @to's cases. */
int cond_switch_guard(struct pc_insn *sw, struct pc_bb *to, struct guard *g);
/* What the file knows on entry to @fn: iterators it makes, callers' kinds */
void cond_entry_guards(struct pc_func *fn, struct guards *entry);
/* Under @g, the COND acquisitions pinned; took nothing. */
int cond_will_pin(const struct guards *g);
int cond_wont_pin(const struct guards *g);
/* The file keeps a pin answer for later: its releases should test it. */
int cond_in_view(void);

#ifdef __cplusplus
}
#endif

#endif
