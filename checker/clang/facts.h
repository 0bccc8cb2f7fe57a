/* SPDX-License-Identifier: GPL-2.0 */
/*
 * facts.h - what a value or a memory location may hold (checker/fact.h's
 * semantics), and the abstract memory locations (checker/loc.c's):
 * variables, struct members (one per field, shared by every function of
 * the file), what a pointer points to, unified Steensgaard-style.
 */
#ifndef PINCHECK_CLANG_FACTS_H
#define PINCHECK_CLANG_FACTS_H

#include <deque>
#include <map>
#include <vector>

#include "report.h"

namespace pincheck {

enum level { LEVEL_VALUE, LEVEL_ELEM, LEVEL_DEREF, NR_LEVELS };

constexpr int MAX_PARAMS = 32;
constexpr int MAX_ORIGINS = 8;

struct fact {
	unsigned fam = 0;
	unsigned overflow = 0;
	std::vector<const origin *> origins;	/* at most MAX_ORIGINS */
	unsigned param[NR_LEVELS] = { 0, 0, 0 };

	bool empty() const
	{
		return !fam && !param[0] && !param[1] && !param[2];
	}
	bool add_origin(const origin *o);
	/* *this |= src; true when it changed.  Markers only when @params. */
	bool merge(const fact &src, bool params = true);
	bool operator==(const fact &o) const
	{
		return fam == o.fam && overflow == o.overflow &&
		       origins == o.origins && param[0] == o.param[0] &&
		       param[1] == o.param[1] && param[2] == o.param[2];
	}
};

/* Calls fn(level, param index from 0) for every marker of @f. */
template <typename F> void for_each_marker(const fact &f, F fn)
{
	for (int l = 0; l < NR_LEVELS; l++)
		for (int p = 0; p < MAX_PARAMS; p++)
			if (f.param[l] & (1u << p))
				fn((level)l, p);
}

struct loc {
	loc *parent = nullptr;		/* union-find */
	loc *deref = nullptr;		/* what a pointer stored here points to */
	bool global = false;		/* a member or a static: no markers */
	fact content;
};

/*
 * The file's locations.  @changes counts every growth of a fact, so
 * that the fixpoints know when to stop.
 */
class loc_table {
public:
	loc *rep(loc *l);
	loc *fresh(bool global);
	loc *deref(loc *l);
	bool unify(loc *a, loc *b);
	bool merge(loc *l, const fact &f);
	const fact &content(loc *l) { return rep(l)->content; }
	unsigned long changes = 0;
private:
	std::deque<loc> all;
};

} // namespace pincheck

#endif
