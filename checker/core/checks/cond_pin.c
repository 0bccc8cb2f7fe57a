// SPDX-License-Identifier: GPL-2.0
/*
 * checks/cond_pin.c - pages of a conditional pin released without regard
 * to the condition.
 *
 * iov_iter_extract_pages() pins the pages of a user-backed iterator and
 * takes no reference at all on the others (a COND acquisition of the
 * model); the iterator's kind decides which (cond.c: its tests, the
 * answers kept, the iterators made).  Such pages released with put_page()
 * are wrong either way (a pin kept for good, or a reference it never
 * had), unless the code took a reference of its own (get_page()) that
 * the put drops.  Released with an unpin, they are right where the
 * iterator is user-backed; wrong where it is not, or where the file
 * keeps the answer and this release ignores it.  Where the kind comes
 * from callers the file does not show, the unpin is not judged: it is
 * counted as undecided (--format=json), never a warning.  A put where
 * the iterator is user-backed carries its fix, the unpin: in the
 * function's own code, or in a static helper that every call reaches
 * with such pages only (veto.h).
 */
#include "../check.h"
#include "../cond.h"
#include "../fix.h"
#include "../stats.h"
#include "../track.h"
#include "../veto.h"
#include "../words.h"

/* What an unpin of COND pages is, where it runs. */
enum unpin_verdict {
	UNPIN_RIGHT,		/* the iterator is user-backed there */
	UNPIN_NOT_USER,		/* it is not: the pages hold nothing */
	UNPIN_IGNORES,		/* the file keeps the answer; not tested here */
	UNPIN_UNDECIDED,	/* the kind comes from callers not in view */
	PUT_SHARED,		/* a put of pages another function stored,
				   where the file keeps the answer */
};

static void pc_report_cond(enum unpin_verdict v, const struct pc_rel *rel,
			   const struct pc_acq *o, const void *key, int fixable)
{
	int put = rel->api->family == FAM_GET;
	int undecided = v == UNPIN_UNDECIDED || v == PUT_SHARED;
	enum pc_check check = undecided ? PC_UNDECIDED : PC_COND_PIN;
	struct words w;

	if (!words_start(&w, check, rel->pos, key))
		return;
	words_releaser(&w, rel);
	words_say(&w, " releases %s %s ", words_noun(rel->api, 0),
		  put ? "that may be pinned by" : "extracted by");
	words_origin(&w, o, rel);
	if (v == PUT_SHARED)
		words_say(&w, ", stored where other pages may be too; the file keeps the pin answer and this release does not test it");
	else if (put)
		words_say(&w, "; use %s() when iov_iter_extract_will_pin()",
			  rel->api->cure);
	else if (v == UNPIN_UNDECIDED)
		words_say(&w, ", pinned only when the iterator is user-backed, which this file does not show");
	else if (v == UNPIN_NOT_USER)
		words_say(&w, ", where the iterator is not user-backed: %s no reference",
			  rel->api->shape == SHAPE_PAGE ? "it holds" : "they hold");
	else
		words_say(&w, ", pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first");
	words_json_release(&w, rel);
	words_json_acq(&w, "acquisition", o);
	words_json_str(&w, "cure", put && !undecided ? rel->api->cure : NULL);
	if (fixable && rel->api->same_args)
		words_fix(&w, fix_rename_call(rel->pos, rel->api->name,
					      rel->api->cure));
	words_end(&w);
}

static enum unpin_verdict judge_unpin(const struct release_site *rel,
				      const struct origin *o)
{
	if (cond_will_pin(&rel->guards) || cond_will_pin(&o->guards))
		return UNPIN_RIGHT;
	if (cond_wont_pin(&rel->guards) || cond_wont_pin(&o->guards))
		return UNPIN_NOT_USER;
	return cond_in_view() ? UNPIN_IGNORES : UNPIN_UNDECIDED;
}

/*
 * A put of COND pages that another function stored (a member, a global)
 * where the file keeps the pin answer: the owner of the pages records
 * whether they are pinned, and the location may hold pages of another
 * kind too (fuse's ap->pages: extracted for direct I/O, page-cache pages
 * for a buffered write).  Unless this release runs where the answer
 * says "pinned", which pages it puts cannot be decided here.
 */
static int put_shared(const struct release_site *rel, const struct origin *o)
{
	return o->fn != rel->fn && cond_in_view() &&
	       !cond_will_pin(&rel->guards) && !cond_will_pin(&o->guards);
}

/* Helper puts whose fix a call with other pages forbids (veto.h) */
static struct veto_set vetoes = { .check = PC_COND_PIN };

/*
 * A put where the iterator is user-backed: the pages are pinned there,
 * and the fix is the unpin (the call renamed).  Where the kind is not
 * known, the fix depends on it: none.  @o: the COND origin, or NULL.
 */
static int put_where_pinned(const struct release_site *rel,
			    const struct fact *f, const struct origin *o)
{
	const struct origin *any;

	return o && !rel->via.line && !put_shared(rel, o) &&
	       !origin_reaching(f, FAM_GET | FAM_OWN | FAM_FLAGS,
				&rel->guards, &any) &&
	       (cond_will_pin(&rel->guards) || cond_will_pin(&o->guards));
}

/*
 * The fix of a put in a helper renames the helper's call for every
 * caller: only in a static helper, and only when every call reaches
 * that put with pinned pages.  Any other call (other pages, or a kind
 * not known there) vetoes it.
 */
static int put_fixable(const struct release_site *rel, const struct fact *f,
		       const struct origin *o)
{
	int pinned = put_where_pinned(rel, f, o);

	if (!rel->caller)
		return pinned;
	if (!pinned)
		veto_add(&vetoes, rel->pos);
	return pinned && rel->fn && rel->fn->is_static &&
	       !veto_has(&vetoes, rel->pos);
}

static void judge_cond(const struct release_site *rel, const struct fact *f)
{
	unsigned fam = rel->api->family;
	const struct origin *o, *any;
	enum unpin_verdict v = UNPIN_IGNORES;
	struct pc_rel r;
	struct pc_acq a;
	int fixable;

	if (fam != FAM_GET && fam != FAM_PIN)
		return;
	o = (f->fam & FAM_COND) ?
		origin_reaching(f, FAM_COND, &rel->guards, &any) : NULL;
	fixable = fam == FAM_GET && put_fixable(rel, f, o);
	if (!o)
		return;
	/* a put_page() that may drop the code's own get_page() */
	if (fam == FAM_GET && origin_reaching(f, FAM_OWN, &rel->guards, &any))
		return;
	if (fam == FAM_PIN)
		v = judge_unpin(rel, o);
	else if (put_shared(rel, o))
		v = PUT_SHARED;
	if (v == UNPIN_RIGHT)
		return;
	if (v == UNPIN_UNDECIDED)
		pc_stat(PC_STAT_REL_CALLERS);
	else if (v == PUT_SHARED)
		pc_stat(PC_STAT_REL_SHARED);
	r = site_rel(rel);
	a = site_acq(o);
	pc_report_cond(v, &r, &a, o, fixable && v != PUT_SHARED);
}

void register_cond_pin(void)
{
	add_release_hook(judge_cond);
}
