/* SPDX-License-Identifier: GPL-2.0 */
#ifndef PINCHECK_CORE_COUNT_H
#define PINCHECK_CORE_COUNT_H

#include "ir.h"
#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

struct loc;
struct fn_info;

/*
 * An acquisition into an array that returns how many pages it took
 * (pin_user_pages*(), get_user_pages*()): the lifecycle checks follow
 * its count and its array (count.c).
 */
struct acquisition {
	struct fn_info *fi;		/* the function it is in */
	struct pc_insn *call;
	const struct pc_api *api;
	/*
	 * The value that holds the count: the call's result, or the phi
	 * that merges it with another call's (n = pin(...) on one side of
	 * an if, n = other(...) on the other): on every path from the call
	 * the phi is its count.
	 */
	struct pc_value *count;
	struct loc *array;		/* where the pages are */
	struct pc_value *array_value;	/* the argument that names it */
	/* the table a BORROWS call of the function puts them in, or NULL */
	struct pc_value *table;
};

/* Each such acquisition of @fn. */
void for_each_counted_acquisition(struct fn_info *fi,
				  void (*cb)(struct pc_func *fn,
					     const struct acquisition *a));

/* The same value, as computed: one pseudo, constant, or load of a place. */
int pc_same_value(struct pc_value *a, struct pc_value *b);
int is_const(struct pc_value *p, long long *val);
/* @p is the count @n, through casts. */
int is_count(struct pc_value *p, struct pc_value *n);
/* The comparison that computes @cond, or NULL. */
struct pc_insn *compare_of(struct pc_value *cond);
/* @p carries the count: n, or a choice that may be a positive n. */
int carries_count(struct pc_value *p, struct pc_value *n, int depth);
/* The side of @cbr where the count is short of what was asked, or NULL. */
struct pc_bb *short_side(struct pc_insn *cbr, struct pc_value *n);
/* The side of @cbr where nothing was taken (n <= 0, no array), or NULL. */
struct pc_bb *empty_side(struct pc_insn *cbr, const struct acquisition *a);
/* @cond being @truth says nothing was taken. */
int empty_when(struct pc_value *cond, int truth, const struct acquisition *a);
/*
 * The @side of branch @cbr has nothing to leak: its test there says
 * nothing was taken, or contradicts a condition that holds where the
 * pages were taken.
 */
int nothing_to_leak(const struct acquisition *a, struct pc_insn *cbr,
		    struct pc_bb *side);
/* A pointer that names the array, or a page loaded from it. */
int touches_array(struct pc_value *p, struct loc *array);
/* @p is computed from the pages: a page, its folio, a member of it. */
int from_pages(struct pc_value *p, struct loc *array, int depth);
/* @insn may release the pages, or hand them, or their count, on. */
int handles(struct pc_insn *insn, const struct acquisition *a);
/*
 * What @insn does with the pages, for the pin-leak check: nothing; a
 * call given them (or the count) that may or may not keep them; a
 * release (of the model, or a function of the file that releases that
 * parameter); kept (stored, returned, or a function that stores them).
 */
enum handling { HANDLE_NONE, HANDLE_WEAK, HANDLE_KEEP, HANDLE_RELEASE };
enum handling handling_of(struct pc_insn *insn, const struct acquisition *a);
/*
 * @insn frees the array the pages are in (kfree(pages)): pages not
 * released or handed on before are lost there.
 */
int frees_array(struct pc_insn *insn, const struct acquisition *a);
/*
 * @call is given the pages themselves, or a page: a pointer it could
 * keep them by, not their holder, nor a number computed from them (a
 * pfn, a physical address: the pages stay the caller's to release).
 */
int given_pages(struct pc_insn *call, const struct acquisition *a);
/*
 * @call only borrows the pages it is given (BORROWS in apis.def: a
 * scatterlist of the caller's): where it fails, they are still the
 * caller's to release.
 */
int borrows(struct pc_insn *call);
/*
 * A store of the count (n, or a choice that may be it): a keep that
 * holds no longer than the array it counts.
 */
int keeps_count(struct pc_insn *insn, const struct acquisition *a);
/* @v is (an address in) the object whose member holds the array. */
int holds_pages(struct pc_value *v, const struct acquisition *a);
/* @pos is in the file of the acquisition's call. */
int in_home_file(struct pc_pos pos, const struct acquisition *a);
/* Where a path that enters a return block from @from leaves, as shown. */
struct pc_pos exit_pos(struct pc_insn *from, struct pc_insn *ret,
		       const struct acquisition *a);
/* Asked for more than one page: the call can take some but not all. */
int count_can_be_short(struct pc_insn *call, const struct pc_api *api);

#ifdef __cplusplus
}
#endif

#endif
