/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/veto.h - calls that forbid the fix at a helper's release.
 *
 * A release in a helper is reported at the calls that pass it the pages;
 * its fix renames the helper's call, for every caller.  A check gives
 * that fix only where the file holds every caller (a static helper) and
 * no call passes the helper pages the renamed call would be wrong for:
 * such a call vetoes the fix, for the check's findings made before it
 * (their fix is dropped) and after.
 */
#ifndef PINCHECK_CORE_VETO_H
#define PINCHECK_CORE_VETO_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

#define MAX_VETOES	64

/* One check's vetoed releases (zeroed: none). */
struct veto_set {
	enum pc_check check;
	struct pc_pos at[MAX_VETOES];
	int nr, lost;		/* lost: one did not fit: all are vetoed */
};

/* The call that reaches the release at @at forbids its fix. */
void veto_add(struct veto_set *s, struct pc_pos at);
/* Whether a call forbade the fix at the release at @at. */
int veto_has(const struct veto_set *s, struct pc_pos at);

#ifdef __cplusplus
}
#endif

#endif
