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

static struct pc_edit *edit_new(const char *file, int line, int start,
				int end, const char *text)
{
	struct pc_edit *e = pc_xcalloc(1, sizeof(*e));

	e->file = pc_xstrdup(file);
	e->line = line;
	e->start = start;
	e->end = end;
	e->text = pc_xstrdup(text);
	return e;
}

struct pc_edit *fix_rename_call(struct pc_pos at, const char *from,
				const char *to)
{
	char line[LINE_MAX_BYTES];
	int off;

	if (!at.file || at.line <= 0 || !from || !to ||
	    !read_line(at.file, at.line, line, sizeof(line)))
		return NULL;
	off = the_call(line, from, at.col);
	if (off < 0)
		return NULL;
	return edit_new(at.file, at.line, off + 1, off + 1 + (int)strlen(from),
			to);
}

/*
 * The byte range [*@start, *@end) of argument @nr (from 1) of the call
 * whose name starts at byte @off of @line, blanks trimmed; 0 when the
 * call does not close on the line, or has no such argument.
 */
static int arg_range(const char *line, int off, int nr, int *start, int *end)
{
	int depth = 0, arg = 1, i = off;

	while (line[i] && line[i] != '(')
		i++;
	if (!line[i])
		return 0;
	*start = ++i;
	for (; line[i]; i++) {
		char c = line[i];

		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if ((c == ')' || c == ']' || c == '}') && depth)
			depth--;
		else if ((c == ',' && !depth) || c == ')') {
			if (arg == nr) {
				*end = i;
				while (*start < *end && isspace((unsigned char)line[*start]))
					(*start)++;
				while (*end > *start && isspace((unsigned char)line[*end - 1]))
					(*end)--;
				return *end > *start;
			}
			if (c == ')')
				return 0;
			arg++;
			*start = i + 1;
		}
	}
	return 0;
}

struct pc_edit *fix_replace_arg(struct pc_pos at, const char *name, int nr,
				const char *text)
{
	char line[LINE_MAX_BYTES];
	int off, start, end;

	if (!at.file || at.line <= 0 || !name || !text ||
	    !read_line(at.file, at.line, line, sizeof(line)))
		return NULL;
	off = the_call(line, name, at.col);
	if (off < 0 || !arg_range(line, off, nr, &start, &end))
		return NULL;
	if ((int)strlen(text) == end - start &&
	    !strncmp(line + start, text, end - start))
		return NULL;		/* nothing to change */
	return edit_new(at.file, at.line, start + 1, end + 1, text);
}

#define MAX_CALL_LINES	8

int fix_call_arg(struct pc_pos at, const char *name, int nr, char *out,
		 size_t len)
{
	char line[LINE_MAX_BYTES], more[LINE_MAX_BYTES];
	int off, start, end, i;

	if (!at.file || at.line <= 0 || !name ||
	    !read_line(at.file, at.line, line, sizeof(line)))
		return 0;
	/* a call's arguments may go on over the next lines */
	for (i = 1; i < MAX_CALL_LINES; i++) {
		size_t n = strlen(line);

		if (n && line[n - 1] == '\n')
			line[--n] = ' ';
		if (!read_line(at.file, at.line + i, more, sizeof(more)) ||
		    n + strlen(more) + 1 >= sizeof(line))
			break;
		strcat(line, more);
	}
	off = the_call(line, name, at.col);
	if (off < 0 || !arg_range(line, off, nr, &start, &end) ||
	    (size_t)(end - start) >= len)
		return 0;
	memcpy(out, line + start, end - start);
	out[end - start] = 0;
	return 1;
}

int fix_result_name(struct pc_pos at, const char *name, char *out,
		    size_t len)
{
	char line[LINE_MAX_BYTES];
	int off, end, start;

	if (!at.file || at.line <= 0 || !name ||
	    !read_line(at.file, at.line, line, sizeof(line)))
		return 0;
	off = the_call(line, name, at.col);
	if (off < 0)
		return 0;
	while (off > 0 && isspace((unsigned char)line[off - 1]))
		off--;
	/* "n = call(": an '=' that is no part of "==", "<=", "+=", ... */
	if (off < 2 || line[off - 1] != '=' || strchr("=!<>+-*/%&|^", line[off - 2]))
		return 0;
	end = off - 1;
	while (end > 0 && isspace((unsigned char)line[end - 1]))
		end--;
	start = end;
	while (start > 0 && ident_char(line[start - 1]))
		start--;
	if (start == end || isdigit((unsigned char)line[start]) ||
	    (size_t)(end - start) >= len)
		return 0;
	/* a plain variable: not a member, not an element, not a declaration's type */
	off = start;
	while (off > 0 && isspace((unsigned char)line[off - 1]))
		off--;
	if (off > 0 && (line[off - 1] == '.' || line[off - 1] == '>' ||
			line[off - 1] == ']' || line[off - 1] == '*'))
		return 0;
	memcpy(out, line + start, end - start);
	out[end - start] = 0;
	return 1;
}

/* @var is written at byte @i of @s: "var =", "var +=", "var++", "&var" */
static int written_at(const char *s, size_t i, size_t n)
{
	const char *p = s + i + n, *q = s + i;

	while (*p == ' ' || *p == '\t')
		p++;
	if ((p[0] == '=' && p[1] != '=') || (p[0] == '+' && p[1] == '+') ||
	    (p[0] == '-' && p[1] == '-') ||
	    (strchr("+-*/%&|^", p[0]) && p[0] && p[1] == '=') ||
	    (strchr("<>", p[0]) && p[0] && p[1] == p[0] && p[2] == '='))
		return 1;
	while (q > s && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q > s && q[-1] == '&' && (q - 1 == s || q[-2] != '&'))
		return 1;
	return q - s >= 2 && ((q[-1] == '+' && q[-2] == '+') ||
			      (q[-1] == '-' && q[-2] == '-'));
}

int fix_written_between(const char *file, int from, int to, const char *var)
{
	char line[LINE_MAX_BYTES];
	size_t n = strlen(var);
	int nr;

	for (nr = from + 1; nr <= to; nr++) {
		const char *p;

		if (!read_line(file, nr, line, sizeof(line)))
			return 1;
		for (p = line; (p = strstr(p, var)); p += n) {
			if ((p > line && ident_char(p[-1])) || ident_char(p[n]))
				continue;
			if (written_at(line, p - line, n))
				return 1;
		}
	}
	return 0;
}

static int blank_line(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return !*s;
}

/* The last character of @s that is not a blank, or 0. */
static char last_char(const char *s)
{
	size_t n = strlen(s);

	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n ? s[n - 1] : 0;
}

/* @word is in @s, as a whole word. */
static int has_word(const char *s, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = s; (p = strstr(p, word)); p += n)
		if ((p == s || !ident_char(p[-1])) && !ident_char(p[n]))
			return 1;
	return 0;
}

/*
 * A line that is one simple statement: it ends the statement (';'), and
 * opens or closes no block, nor starts a statement that governs another.
 */
static int simple_statement(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return last_char(s) == ';' && !strchr(s, '{') && !strchr(s, '}') &&
	       strncmp(s, "if", 2) && strncmp(s, "for", 3) &&
	       strncmp(s, "while", 5) && strncmp(s, "else", 4) &&
	       strncmp(s, "case", 4) && strncmp(s, "default", 7);
}

/*
 * A line that only frees what @word names (kvfree(pages)): the release
 * goes above it.  Not any other use of it: the release must not come
 * before a use.
 */
static int frees(const char *s, const char *word)
{
	static const char *const calls[] = {
		"kfree(", "kvfree(", "vfree(", "kfree_sensitive(",
		"kvfree_sensitive(",
	};
	size_t i;

	while (isspace((unsigned char)*s))
		s++;
	if (!simple_statement(s) || !has_word(s, word))
		return 0;
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (!strncmp(s, calls[i], strlen(calls[i])))
			return 1;
	return 0;
}

/*
 * A line of straight-on code: a statement, or a part of one that spans
 * lines; no block opened or closed, no statement that governs or jumps,
 * no label.
 */
static int straight_line(const char *s)
{
	static const char *const words[] = {
		"if", "for", "while", "do", "else", "switch", "case",
		"default", "return", "goto", "break", "continue",
	};
	size_t i, n;

	while (isspace((unsigned char)*s))
		s++;
	if (strchr(s, '{') || strchr(s, '}'))
		return 0;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		n = strlen(words[i]);
		if (!strncmp(s, words[i], n) && !ident_char(s[n]))
			return 0;
	}
	for (n = 0; ident_char(s[n]); n++)
		;
	return !(n && s[n] == ':' && s[n + 1] != ':');	/* a label */
}

struct pc_edit *fix_insert_before_exit(struct pc_pos exit, int block,
				       const char *word, const char *stmt)
{
	char line[LINE_MAX_BYTES], prev[LINE_MAX_BYTES], *text;
	int at = exit.line, indent, above;
	struct pc_edit *e;
	const char *p;

	if (!exit.file || at <= block || block <= 0 ||
	    !read_line(exit.file, at, line, sizeof(line)))
		return NULL;
	p = line + strspn(line, " \t");
	if ((strncmp(p, "return", 6) || ident_char(p[6])) &&
	    (strncmp(p, "goto", 4) || ident_char(p[4])))
		return NULL;
	if (!simple_statement(line))
		return NULL;
	/* before the frees of the array on the way to the exit */
	for (above = at - 1; above > block; above--) {
		if (!read_line(exit.file, above, prev, sizeof(prev)))
			return NULL;
		if (blank_line(prev))
			continue;
		if (!frees(prev, word))
			break;
		at = above;
	}
	/* at a statement's start, straight on from the failed test's '{' */
	for (above = at - 1; above > block; above--) {
		if (!read_line(exit.file, above, prev, sizeof(prev)))
			return NULL;
		if (!blank_line(prev))
			break;
	}
	if (above > block && last_char(prev) != ';')
		return NULL;
	for (; above > block; above--) {
		if (!read_line(exit.file, above, prev, sizeof(prev)))
			return NULL;
		if (!blank_line(prev) && !straight_line(prev))
			return NULL;
	}
	if (!read_line(exit.file, block, prev, sizeof(prev)) ||
	    last_char(prev) != '{' ||
	    !read_line(exit.file, at, line, sizeof(line)))
		return NULL;
	indent = strspn(line, " \t");
	text = pc_xcalloc(1, indent + strlen(stmt) + 3);
	memcpy(text, line, indent);
	strcat(text, stmt);
	strcat(text, ";\n");
	e = edit_new(exit.file, at, 1, 1, text);
	free(text);
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
