/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/fix.h - fix-its: the exact edit that cures a finding, found in the
 * source text, for JSON, clang-tidy's FixItHint and pincheck-fix.
 */
#ifndef PINCHECK_CORE_FIX_H
#define PINCHECK_CORE_FIX_H

#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Replace bytes [@start, @end) of line @line of @file by @text: columns
 * count bytes from 1 (a tab is one), unlike a finding's column, which
 * counts as sparse does (a tab to the next stop of 8).
 */
struct pc_edit {
	char *file;
	int line, start, end;
	char *text;
};

/*
 * The edit that renames the call of @from at @at (the place of its '(',
 * in sparse's columns; 0: the one call of @from on the line) to @to:
 * NULL where the text has no such call there (a call from a macro).
 */
struct pc_edit *fix_rename_call(struct pc_pos at, const char *from,
				const char *to);
void fix_free(struct pc_edit *e);

#ifdef __cplusplus
}
#endif

#endif
