/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_TRACK_H
#define PINCHECK_CORE_TRACK_H

#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Run the transfer functions over one function until nothing changes;
 * with @report, check every release.  Returns 1 when any fact changed
 * (the translation unit's fixpoint runs until none does).
 */
int track_function(struct fn_info *fi, int report);
void track_reset(void);

/*
 * The first origin of family @fam in @f that can reach a release under
 * @g (one acquired under the opposite condition cannot); *@any, the
 * first of that family at all.  Origins past MAX_ORIGINS are not known:
 * then any reaches.
 */
const struct origin *origin_reaching(const struct fact *f, unsigned fam,
				     const struct guards *g,
				     const struct origin **any);

/* What is known of @p (track.c's fact of a value); never NULL. */
const struct fact *track_value_fact(const struct pc_value *p);
/* The origin of the acquiring call @insn, once tracked; or NULL. */
const struct origin *track_origin_at(const struct pc_insn *insn);

#ifdef __cplusplus
}
#endif

#endif
