// SPDX-License-Identifier: GPL-2.0
/*
 * summary.cc - summaries grow as the file's functions are tracked, until
 * a pass over the file changes nothing.
 */
#include "summary.h"

namespace pincheck {

bool summary::add_fill(int param, level lvl, const fact &f)
{
	for (fill_event &fe : fills)
		if (fe.param == param && fe.lvl == lvl)
			return fe.f.merge(f, false);
	fills.push_back({ param, lvl, fact() });
	fills.back().f.merge(f, false);
	return true;
}

static bool same_site(const release_site &a, const release_site &b)
{
	return a.api == b.api && a.fn == b.fn && a.pos.file == b.pos.file &&
	       a.pos.line == b.pos.line && a.pos.col == b.pos.col;
}

bool summary::add_release(int param, level lvl, const release_site &rel)
{
	for (const release_event &re : releases)
		if (re.param == param && re.lvl == lvl && same_site(re.rel, rel))
			return false;
	releases.push_back({ param, lvl, rel });
	return true;
}

bool summary::add_store(int param, level lvl, loc *cell, bool array)
{
	for (const store_event &se : stores)
		if (se.param == param && se.lvl == lvl && se.cell == cell &&
		    se.array == array)
			return false;
	stores.push_back({ param, lvl, cell, array });
	return true;
}

} // namespace pincheck
