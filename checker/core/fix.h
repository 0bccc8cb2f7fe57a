/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/fix.h - fix-its: the exact edit that cures a finding, found in the
 * source text, for JSON, clang-tidy's FixItHint and pincheck-fix.
 */
#ifndef PINCHECK_CORE_FIX_H
#define PINCHECK_CORE_FIX_H

#include <stddef.h>

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
/*
 * The edit that replaces argument @nr (from 1) of the call of @name at
 * @at by @text; NULL where the call does not close on its line.
 */
struct pc_edit *fix_replace_arg(struct pc_pos at, const char *name, int nr,
				const char *text);
/* The text of that argument, into @out; 0 where there is none. */
int fix_call_arg(struct pc_pos at, const char *name, int nr, char *out,
		 size_t len);
/* The variable the call of @name at @at is assigned to: "n = name(" */
int fix_result_name(struct pc_pos at, const char *name, char *out,
		    size_t len);
/*
 * Whether @var may be written on lines @from + 1 to @to of @file: an
 * assignment, an increment, its address taken (a file that cannot be
 * read: yes).
 */
int fix_written_between(const char *file, int from, int to,
			const char *var);
/*
 * The edit that inserts the statement @stmt (no ';') on a line of its
 * own before the exit (a return or a goto, alone on its line) at @exit,
 * and before the statements just above it that name @word (the frees of
 * the array it releases), where nothing but simple statements lies
 * between it and the '{' that ends line @block (the failed test's): the
 * inserted line runs on that side of the test only.  NULL otherwise (a
 * braceless if, an exit other paths share).
 */
struct pc_edit *fix_insert_before_exit(struct pc_pos exit, int block,
				       const char *word, const char *stmt);
void fix_free(struct pc_edit *e);

#ifdef __cplusplus
}
#endif

#endif
