/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/summary.h - the functions of a unit and what each does to the
 * pages of its parameters.
 */
#ifndef PINCHECK_CORE_SUMMARY_H
#define PINCHECK_CORE_SUMMARY_H

#include "fact.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A function's effect on its parameters, as seen by its callers:
 * the pages it acquires into them (fills), the pages of them it releases
 * and with which call (releases), and what it returns.
 */
struct release_event {
	int param;			/* 1-based */
	enum pc_level level;
	const struct pc_api *api;	/* the release call ... */
	struct pc_pos pos;		/* ... where it is ... */
	struct pc_sym *fn;		/* ... and in which function */
	struct pc_sym *via_callee;	/* another file's, through this call */
	struct pc_pos via;		/* (release_site) */
	struct pc_sym *via_fn;
	struct guards guards;		/* under these conditions */
	struct release_event *next;
};

struct fill_event {
	int param;
	enum pc_level level;
	struct fact fact;		/* families and origins, no markers */
	struct fill_event *next;
};

/* A parameter's pages (or its array) stored in memory all files share. */
struct store_event {
	int param;
	enum pc_level level;
	struct loc *cell;
	int array;			/* the array is stored, as a pointer */
	struct store_event *next;
};

struct summary {
	const char *name;
	struct fill_event *fills;
	struct release_event *releases;
	struct store_event *stores;
	struct fact ret;		/* what the function returns */
	struct fact ret_elem;		/* what the array it returns holds */
	struct summary *hnext;
};

struct fn_info {
	struct pc_sym *sym;
	struct pc_func *fn;
	struct summary *sum;
	struct guard_map *guards;	/* computed on first use */
	struct fn_info *next;
};

/* The conditions that hold where @bb of @fi's function runs (guard.h) */
const struct guards *fn_guards_at(struct fn_info *fi, struct pc_bb *bb);

struct summary *summary_lookup(const char *name);
struct summary *summary_new(const char *name);
void summary_free(struct summary *s);
int summary_add_fill(struct summary *s, int param, enum pc_level level,
		     const struct fact *f);
struct loc;
int summary_add_store(struct summary *s, int param, enum pc_level level,
		      struct loc *cell, int array);
struct release_site;
int summary_add_release(struct summary *s, int param, enum pc_level level,
			const struct release_site *rel);

/* The unit: its functions are analysed together, then forgotten. */
void tu_analyse(struct pc_unit *unit);
void tu_end(void);
/* The front end's answers about the unit's types (core/ir.h). */
const struct pc_frontend *tu_frontend(void);

#ifdef __cplusplus
}
#endif

#endif
