/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/report.h - findings: their words, their ids, and their output as
 * text (sparse's format) or JSON, once for every front end.
 *
 * A front end names places and functions with plain strings; the core
 * copies what it keeps.  Each finding kind has a stable check id, printed
 * at the end of its text in brackets, as clang-tidy does, and as the
 * "check" member of its JSON object.
 */
#ifndef PINCHECK_CORE_REPORT_H
#define PINCHECK_CORE_REPORT_H

#include <stdio.h>

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The checks (checks/check_list.h), then what the engine itself says. */
enum pc_check {
#define CHECK(e, id, reg) e,
#include "checks/check_list.h"
#undef CHECK
	PC_NOTE,		/* about the analysis itself */
	/*
	 * a release a check could not judge from this file (the iterator's
	 * kind comes from elsewhere): counted, printed with --format=json
	 * only, never a warning
	 */
	PC_UNDECIDED,
	PC_UNCHECKED,		/* a file that was not checked */
	NR_PC_CHECKS
};

/* "pincheck-wrong-release", ... */
const char *pc_check_id(enum pc_check check);
/* The checks that make findings: PC_NOTE is the first that is not one. */
#define NR_PC_FINDING_CHECKS	PC_NOTE

/* A place, as the front end prints it. */
struct pc_pos {
	const char *file;	/* as the command line named it */
	unsigned file_order;	/* findings sort by it, then line, column */
	int line, col;
	unsigned long cookie;	/* the front end's own name for the place */
};

/* An acquisition, as a finding names it. */
struct pc_acq {
	const struct pc_api *api;
	unsigned fam;		/* the family it took */
	struct pc_pos pos;
	const char *fn;		/* the function it is in */
};

/* A release, as a finding names it. */
struct pc_rel {
	const struct pc_api *api;
	struct pc_pos pos;	/* where it is reported */
	const char *fn;		/* the function the release call is in */
	/* through a helper of the file: called from @caller at @call_line */
	const char *caller, *callee;
	int call_line;
	/* --db: the release is another file's, reached by calling ... */
	const char *via_callee;	/* ... this function of it, */
	struct pc_pos via;	/* release call there, */
	const char *via_fn;	/* in this function */
};

/* An info line about the analysis itself (a function skipped, ...). */
void pc_report_note(struct pc_pos pos, const char *msg);

/* A finding, as the front end may print it itself (clang-tidy). */
struct pc_edit;

struct pc_finding {
	enum pc_check check;
	struct pc_pos pos;
	const char *msg;
	const char *json;	/* its members after "file" .. "column" */
	const struct pc_edit *fix;	/* the edit that cures it, or NULL */
};

enum pc_format { PC_TEXT, PC_JSON };

struct pc_output {
	enum pc_format format;
	int as_error;		/* warnings are errors (-Wsparse-error) */
	const char *prefix;	/* sparse's -fdiagnostic-prefix */
	int stats;		/* --stats: the counters after each file */
};

/* "text" or "json" into *@f; -1 for anything else. */
int pc_parse_format(const char *name, enum pc_format *f);

/*
 * The findings so far, sorted by place, once each, then forgotten: to
 * @fn, or printed (text on stderr, one JSON object a line on stdout).
 * Both return the number of findings that are not notes.
 */
int pc_report_take(void (*fn)(const struct pc_finding *f, void *data),
		   void *data);
int pc_report_flush(const struct pc_output *out);
/*
 * With --format=json, the object of a file that was not checked (its
 * text line is the front end's, on stderr): "not checked: @why".
 */
void pc_report_unchecked(const struct pc_output *out, const char *file,
			 const char *why);
/* Findings (not notes) reported since the start. */
int pc_report_count(void);

/* @s as a JSON string, quotes included, into @buf; returns its length. */
size_t pc_json_string(char *buf, size_t len, const char *s);

#ifdef __cplusplus
}
#endif

#endif
