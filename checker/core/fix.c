// SPDX-License-Identifier: GPL-2.0
/*
 * core/fix.c - fix-its found in the source text.
 *
 * A finding knows the call to change and what to change it to, and
 * where the call is: the column of its '(' as sparse counts columns (a
 * tab to the next stop of 8), which pincheck-clang gives too.  The text of
 * the line says which bytes its name is; a call from a macro has no '('
 * of its name there, and gets no fix.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix.h"
#include "util.h"

#define LINE_MAX_BYTES	4096

static int ident_char(int c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Line @nr of @file (from 1), into @buf; 0 when there is none. */
static int read_line(const char *file, int nr, char *buf, size_t len)
{
	FILE *f = fopen(file, "r");
	int at = 1, found = 0;

	if (!f)
		return 0;
	while (fgets(buf, len, f)) {
		size_t n = strlen(buf);
		int whole = n && buf[n - 1] == '\n';

		if (at == nr) {
			found = whole || feof(f);
			break;
		}
		if (whole)
			at++;
	}
	fclose(f);
	return found;
}

/* The column sparse gives byte @off of @line: a tab goes to a stop of 8 */
static int sparse_column(const char *line, int off)
{
	int i, col = 1;

	for (i = 0; i < off; i++)
		col = line[i] == '\t' ? (col - 1) / 8 * 8 + 9 : col + 1;
	return col;
}

/*
 * The byte offset of the call "@name (" on @line whose '(' is at sparse
 * column @col (both front ends place a call there), or of the only one
 * when @col is 0; -1 when there is none.
 */
static int the_call(const char *line, const char *name, int col)
{
	size_t len = strlen(name);
	const char *p = line, *hit = NULL;
	int nr = 0;

	while ((p = strstr(p, name))) {
		const char *q = p + len;

		while (*q == ' ' || *q == '\t')
			q++;
		if (*q == '(' && (p == line || !ident_char(p[-1])) &&
		    !ident_char(p[len])) {
			if (col && sparse_column(line, q - line) == col)
				return p - line;
			hit = p;
			nr++;
		}
		p += len;
	}
	return !col && nr == 1 ? (int)(hit - line) : -1;
}

struct pc_edit *fix_rename_call(struct pc_pos at, const char *from,
				const char *to)
{
	char line[LINE_MAX_BYTES];
	struct pc_edit *e;
	int off;

	if (!at.file || at.line <= 0 || !from || !to ||
	    !read_line(at.file, at.line, line, sizeof(line)))
		return NULL;
	off = the_call(line, from, at.col);
	if (off < 0)
		return NULL;
	e = pc_xcalloc(1, sizeof(*e));
	e->file = pc_xstrdup(at.file);
	e->line = at.line;
	e->start = off + 1;
	e->end = off + 1 + (int)strlen(from);
	e->text = pc_xstrdup(to);
	return e;
}

void fix_free(struct pc_edit *e)
{
	if (!e)
		return;
	free(e->file);
	free(e->text);
	free(e);
}
