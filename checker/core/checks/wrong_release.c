// SPDX-License-Identifier: GPL-2.0
/*
 * checks/wrong_release.c - pages released with the other family's call.
 *
 * Pinned pages (FOLL_PIN: pin_user_pages*(), ...) released with
 * put_page() & co keep their pin for good; got pages (FOLL_GET:
 * get_user_pages*(), ...) released with unpin_user_page*() underflow
 * their count.  At every release, an acquisition of the other family
 * whose pages reach it, under conditions that do not exclude the
 * release's, is a finding; one of the right family reaching it too
 * makes it "may be".  A release that is not "may be" carries its fix
 * where the model's cure takes the same arguments (SAME_ARGS): the call
 * renamed (put_page() to unpin_user_page(), unpin_user_pages() to
 * release_pages()); in a helper, only where every call passes it the
 * other family's pages.
 */
#include <string.h>

#include "../check.h"
#include "../fix.h"
#include "../track.h"
#include "../util.h"
#include "../veto.h"
#include "../words.h"

/* Helper releases whose fix a call passing other pages forbids (veto.h) */
static struct veto_set vetoes = { .check = PC_WRONG_RELEASE };

static void pc_report_release(const struct pc_rel *rel, unsigned wrong,
		       const struct pc_acq *bad, const struct pc_acq *good,
		       const void *key, int fixable)
{
	int mixed = good != NULL;
	struct words w;

	if (!words_start(&w, PC_WRONG_RELEASE, rel->pos, key))
		return;
	words_releaser(&w, rel);
	words_say(&w, " releases %s %s by ", words_noun(rel->api, mixed),
		  wrong == FAM_PIN ? "pinned" : "got");
	words_origin(&w, bad, rel);
	if (rel->via.line) {
		words_say(&w, " with %s() at %s:%d", rel->api->name,
			  rel->via.file ? rel->via.file : "?", rel->via.line);
		if (rel->via_fn && rel->via_callee &&
		    strcmp(rel->via_fn, rel->via_callee))
			words_say(&w, " in %s()", rel->via_fn);
	}
	if (rel->caller)
		words_say(&w, ", passed to %s() at line %d in %s()",
			  rel->callee ? rel->callee : "?", rel->call_line,
			  rel->caller);
	if (mixed) {
		words_say(&w, " (or %s by ", wrong == FAM_PIN ? "got" : "pinned");
		words_origin(&w, good, rel);
		words_say(&w, ")");
	}
	if (wrong != FAM_PIN)
		words_say(&w, ", which %s no pin",
			  rel->api->shape == SHAPE_PAGE ? "holds" : "hold");
	words_say(&w, "; use %s()", rel->api->cure);
	if (mixed)
		words_say(&w, " for the %s ones",
			  wrong == FAM_PIN ? "pinned" : "got");
	words_json_release(&w, rel);
	words_json_acq(&w, "acquisition", bad);
	words_json_acq(&w, "other_acquisition", good);
	words_json_str(&w, "cure", rel->api->cure);
	if (fixable && !mixed && !rel->via.line && rel->api->same_args)
		words_fix(&w, fix_rename_call(rel->pos, rel->api->name,
					      rel->api->cure));
	words_end(&w);
}

static void judge_release(const struct release_site *rel,
			  const struct fact *f)
{
	unsigned fam = rel->api->family;
	unsigned wrong = fam == FAM_GET ? FAM_PIN : FAM_GET;
	const struct origin *bad, *good, *any;
	struct pc_rel r;
	struct pc_acq b, g;

	int fixable;

	if (fam != FAM_GET && fam != FAM_PIN)
		return;
	bad = (f->fam & wrong) ? origin_reaching(f, wrong, &rel->guards, &any)
			       : NULL;
	good = origin_reaching(f, fam, &rel->guards, &any);
	if (rel->caller && (!bad || good))
		veto_add(&vetoes, rel->pos);
	if (!bad)
		return;
	fixable = !rel->caller ||
		  (rel->fn && rel->fn->is_static && !veto_has(&vetoes, rel->pos));
	r = site_rel(rel);
	b = site_acq(bad);
	if (good)
		g = site_acq(good);
	pc_report_release(&r, wrong, &b, good ? &g : NULL, bad, fixable);
}

void register_wrong_release(void)
{
	add_release_hook(judge_release);
}
