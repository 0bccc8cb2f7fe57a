// SPDX-License-Identifier: GPL-2.0
/*
 * facts.cc - joins of facts, and the union-find of locations.  Facts
 * only grow, over finite sets: every fixpoint above ends.
 */
#include "facts.h"

namespace pincheck {

bool fact::add_origin(const origin *o)
{
	for (const origin *x : origins)
		if (x == o)
			return false;
	if ((int)origins.size() == MAX_ORIGINS) {
		/* past that only the families are kept */
		if (overflow & o->fam)
			return false;
		overflow |= o->fam;
		return true;
	}
	origins.push_back(o);
	fam |= o->fam;
	return true;
}

bool fact::merge(const fact &src, bool params)
{
	bool changed = false;

	for (const origin *o : src.origins)
		changed |= add_origin(o);
	if ((src.fam | src.overflow) & ~fam) {
		fam |= src.fam | src.overflow;
		changed = true;
	}
	if (src.overflow & ~overflow) {
		overflow |= src.overflow;
		changed = true;
	}
	if (!params)
		return changed;
	for (int l = 0; l < NR_LEVELS; l++) {
		if (src.param[l] & ~param[l]) {
			param[l] |= src.param[l];
			changed = true;
		}
	}
	return changed;
}

loc *loc_table::rep(loc *l)
{
	while (l->parent) {
		if (l->parent->parent)
			l->parent = l->parent->parent;
		l = l->parent;
	}
	return l;
}

loc *loc_table::fresh(bool global)
{
	all.emplace_back();
	all.back().global = global;
	return &all.back();
}

loc *loc_table::deref(loc *l)
{
	l = rep(l);
	if (!l->deref)
		l->deref = fresh(false);
	return rep(l->deref);
}

bool loc_table::merge(loc *l, const fact &f)
{
	l = rep(l);
	if (!l->content.merge(f, !l->global))
		return false;
	changes++;
	return true;
}

/* One alias class: contents join, and so do the classes they point to. */
bool loc_table::unify(loc *a, loc *b)
{
	loc *da, *db;

	if (!a || !b)
		return false;
	a = rep(a);
	b = rep(b);
	if (a == b)
		return false;
	if (b->global && !a->global)
		std::swap(a, b);
	b->parent = a;
	a->content.merge(b->content, !a->global);
	if (a->global)
		for (unsigned &p : a->content.param)
			p = 0;
	changes++;
	da = a->deref;
	db = b->deref;
	if (!da)
		a->deref = db;
	else if (db)
		unify(da, db);
	return true;
}

} // namespace pincheck
