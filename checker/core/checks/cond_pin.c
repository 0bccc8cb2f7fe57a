// SPDX-License-Identifier: GPL-2.0
/*
 * checks/cond_pin.c - pages of a conditional pin released without regard
 * to the condition.
 *
 * iov_iter_extract_pages() pins the pages of a user-backed iterator and
 * takes no reference at all on the others (a COND acquisition of the
 * model); iov_iter_extract_will_pin() (a PIN_TEST) tells which.  Such
 * pages released with put_page() may be pinned; released with an unpin
 * where no test (or what was saved from one: cond.c) says it pinned,
 * they may hold nothing.
 */
#include "../check.h"
#include "../cond.h"
#include "../track.h"
#include "../words.h"

static void pc_report_cond(const struct pc_rel *rel, const struct pc_acq *o,
		    const void *key)
{
	int put = rel->api->family == FAM_GET;
	struct words w;

	if (!words_start(&w, PC_COND_PIN, rel->pos, key))
		return;
	words_releaser(&w, rel);
	words_say(&w, " releases %s %s ", words_noun(rel->api, 0),
		  put ? "that may be pinned by" : "extracted by");
	words_origin(&w, o, rel);
	if (put)
		words_say(&w, "; use %s() when iov_iter_extract_will_pin()",
			  rel->api->cure);
	else
		words_say(&w, ", pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first");
	words_json_release(&w, rel);
	words_json_acq(&w, "acquisition", o);
	words_json_str(&w, "cure", put ? rel->api->cure : NULL);
	words_end(&w);
}

static void judge_cond(const struct release_site *rel, const struct fact *f)
{
	unsigned fam = rel->api->family;
	const struct origin *o, *any;
	struct pc_rel r;
	struct pc_acq a;

	if ((fam != FAM_GET && fam != FAM_PIN) || !(f->fam & FAM_COND))
		return;
	o = origin_reaching(f, FAM_COND, &rel->guards, &any);
	if (!o)
		return;
	if (fam == FAM_PIN && cond_will_pin(&rel->guards))
		return;
	r = site_rel(rel);
	a = site_acq(o);
	pc_report_cond(&r, &a, o);
}

void register_cond_pin(void)
{
	add_release_hook(judge_cond);
}
