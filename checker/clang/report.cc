// SPDX-License-Identifier: GPL-2.0
/*
 * report.cc - clang's places and functions, in the core's terms
 * (core/report.c has the words of every finding).
 */
#include <algorithm>
#include <cstdio>

#include "clang/Lex/Lexer.h"

#include "report.h"

using namespace clang;

namespace pincheck {

static std::map<std::string, std::string> given_names;

void report_set_names(const std::map<std::string, std::string> &names)
{
	given_names = names;
}


/* sparse counts columns from 1, a tab advancing to the next stop of 8 */
static unsigned sparse_column(const SourceManager &sm, SourceLocation l)
{
	std::pair<FileID, unsigned> d = sm.getDecomposedLoc(l);
	bool bad = false;
	StringRef buf = sm.getBufferData(d.first, &bad);
	unsigned off = d.second, start = off, col = 1;

	if (bad)
		return sm.getColumnNumber(d.first, d.second);
	while (start > 0 && buf[start - 1] != '\n')
		start--;
	for (unsigned i = start; i < off; i++)
		col = buf[i] == '\t' ? ((col - 1) / 8 + 1) * 8 + 1 : col + 1;
	return col;
}

position position_of(const SourceManager &sm, SourceLocation l)
{
	position p;

	l = sm.getExpansionLoc(l);
	p.loc = l;
	if (l.isInvalid())
		return p;
	p.file = sm.getFileID(l);
	p.file_name = sm.getFilename(l).str();
	if (const FileEntry *fe = sm.getFileEntryForID(p.file)) {
		/* the main files: as the command line named them */
		auto it = given_names.find(fe->tryGetRealPathName().str());

		if (it != given_names.end())
			p.file_name = it->second;
	}
	p.line = sm.getExpansionLineNumber(l);
	p.col = sparse_column(sm, l);
	return p;
}

/*
 * Sparse places a call at its '(' token.  From a macro, the expansion
 * point stands for the whole call.
 */
position call_position(const SourceManager &sm, const CallExpr *call)
{
	const Expr *callee = call->getCallee()->IgnoreParenImpCasts();
	SourceLocation end = callee->getEndLoc();

	if (call->getBeginLoc().isMacroID() || end.isMacroID())
		return position_of(sm, call->getBeginLoc());
	end = Lexer::getLocForEndOfToken(end, 0, sm, LangOptions());
	if (end.isInvalid())
		return position_of(sm, call->getBeginLoc());
	std::pair<FileID, unsigned> d = sm.getDecomposedLoc(end);
	bool bad = false;
	StringRef buf = sm.getBufferData(d.first, &bad);
	unsigned off = d.second;

	while (!bad && off < buf.size() && isspace((unsigned char)buf[off]))
		off++;
	if (bad || off >= buf.size() || buf[off] != '(')
		return position_of(sm, call->getBeginLoc());
	return position_of(sm, end.getLocWithOffset(off - d.second));
}

static struct pc_pos pc_pos_of(const position &p)
{
	struct pc_pos r = {};

	r.file = p.file_name.c_str();
	r.file_order = p.file.getHashValue();
	r.line = p.line;
	r.col = p.col;
	r.cookie = p.loc.getRawEncoding();
	return r;
}

SourceLocation report_location(const struct pc_finding &f)
{
	return SourceLocation::getFromRawEncoding(f.pos.cookie);
}

static const char *fn_name(const FunctionDecl *fn, std::string &buf)
{
	if (!fn)
		return nullptr;
	buf = fn->getNameAsString();
	return buf.c_str();
}

/* the names a finding's words use; they live as long as this */
struct names {
	std::string fn, caller, callee, bad_fn, good_fn;
};

static struct pc_rel pc_rel_of(const release_site &rel, names &nm)
{
	struct pc_rel r = {};

	r.api = rel.api;
	r.pos = pc_pos_of(rel.pos);
	r.fn = fn_name(rel.fn, nm.fn);
	r.caller = fn_name(rel.caller, nm.caller);
	r.callee = fn_name(rel.callee, nm.callee);
	r.call_line = rel.call_pos.line;
	return r;
}

static struct pc_acq pc_acq_of(const origin *o, std::string &fn)
{
	struct pc_acq a = {};

	a.api = o->api;
	a.fam = o->fam;
	a.pos = pc_pos_of(o->pos);
	a.fn = fn_name(o->fn, fn);
	return a;
}

void report_release(const release_site &rel, unsigned wrong,
		    const origin *bad, const origin *good)
{
	names nm;
	struct pc_rel r = pc_rel_of(rel, nm);
	struct pc_acq b = {}, g = {};

	if (bad)
		b = pc_acq_of(bad, nm.bad_fn);
	if (good)
		g = pc_acq_of(good, nm.good_fn);
	pc_report_release(&r, wrong, bad ? &b : nullptr, good ? &g : nullptr,
			  bad);
}

void report_cond(const release_site &rel, const origin *o)
{
	names nm;
	struct pc_rel r = pc_rel_of(rel, nm);
	struct pc_acq a = pc_acq_of(o, nm.bad_fn);

	pc_report_cond(&r, &a, o);
}

void report_partial(const position &exit, const api_entry *api,
		    const position &call, const position &test,
		    const FunctionDecl *fn)
{
	std::string name;
	struct pc_acq a = {};

	a.api = api;
	a.fam = api->family;
	a.pos = pc_pos_of(call);
	a.fn = fn_name(fn, name);
	pc_report_partial(&a, pc_pos_of(exit), pc_pos_of(test));
}

void report_note(const position &pos, const std::string &msg)
{
	pc_report_note(pc_pos_of(pos), msg.c_str());
}

} // namespace pincheck
