// SPDX-License-Identifier: GPL-2.0
/*
 * core/veto.c - calls that forbid the fix at a helper's release (veto.h).
 */
#include <string.h>

#include "util.h"
#include "veto.h"
#include "words.h"

static int same_place(struct pc_pos a, struct pc_pos b)
{
	return a.line == b.line && a.col == b.col && a.file && b.file &&
	       !strcmp(a.file, b.file);
}

int veto_has(const struct veto_set *s, struct pc_pos at)
{
	int i;

	for (i = 0; i < s->nr; i++)
		if (same_place(s->at[i], at))
			return 1;
	return s->lost;
}

void veto_add(struct veto_set *s, struct pc_pos at)
{
	if (veto_has(s, at))
		return;
	if (s->nr == MAX_VETOES) {
		s->lost = 1;	/* no helper's fix from here on */
	} else {
		s->at[s->nr] = at;
		s->at[s->nr++].file = pc_xstrdup(at.file ? at.file : "");
	}
	report_drop_fixes(at, s->check);
}
