// SPDX-License-Identifier: GPL-2.0
/*
 * report.cc - the words of every finding: the same text as
 * checker/report.c, so that both front ends can be diffed line by line.
 */
#include <algorithm>
#include <cstdio>

#include "clang/Lex/Lexer.h"

#include "report.h"

using namespace clang;

namespace pincheck {

static std::vector<finding> findings;
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

static finding *new_finding(const position &pos, const void *key,
			    finding_kind kind)
{
	for (const finding &f : findings)
		if (f.key == key && f.pos.file == pos.file &&
		    f.pos.line == pos.line && f.pos.col == pos.col)
			return nullptr;
	findings.push_back({ pos, key, kind == KIND_NOTE, "", kind });
	return &findings.back();
}

static std::string fn_name(const FunctionDecl *fn)
{
	return fn ? fn->getNameAsString() : "?";
}

/* "at line 98", "at drivers/x.c:98", then " in foo()" if elsewhere */
static std::string describe_site(const position &pos, const FunctionDecl *fn,
				 const release_site &rel)
{
	std::string s;

	if (pos.file == rel.pos.file)
		s = "at line " + std::to_string(pos.line);
	else
		s = "at " + pos.file_name + ":" + std::to_string(pos.line);
	if (fn && fn != rel.fn)
		s += " in " + fn_name(fn) + "()";
	return s;
}

static std::string describe_origin(const origin *o, const release_site &rel)
{
	if (!o)
		return "an acquisition";
	return o->api->name + "() " + describe_site(o->pos, o->fn, rel);
}

static const char *noun(const api_entry *a, bool mixed)
{
	if (a->shape == SHAPE_PAGE)
		return mixed ? "a page that may be" : "a page";
	return mixed ? "pages that may be" : "pages";
}

void report_release(const release_site &rel, unsigned wrong,
		    const origin *bad, const origin *good)
{
	bool mixed = good != nullptr;
	std::string where, via, from, other;
	finding *fd = new_finding(rel.pos, bad, KIND_RELEASE);

	if (!fd)
		return;
	if (rel.caller) {
		where = " in " + fn_name(rel.fn) + "()";
		via = ", passed to " + fn_name(rel.callee) + "() at line " +
		      std::to_string(rel.call_pos.line) + " in " +
		      fn_name(rel.caller) + "()";
	}
	from = describe_origin(bad, rel);
	other = describe_origin(good, rel);
	if (wrong == FAM_PIN)
		fd->msg = rel.api->name + "()" + where + " releases " +
			  noun(rel.api, mixed) + " pinned by " + from + via +
			  (mixed ? " (or got by " + other + ")" : "") +
			  "; use " + rel.api->cure + "()" +
			  (mixed ? " for the pinned ones" : "");
	else
		fd->msg = rel.api->name + "()" + where + " releases " +
			  noun(rel.api, mixed) + " got by " + from + via +
			  (mixed ? " (or pinned by " + other + ")" : "") +
			  ", which " +
			  (rel.api->shape == SHAPE_PAGE ? "holds" : "hold") +
			  " no pin; use " + rel.api->cure + "()" +
			  (mixed ? " for the got ones" : "");
	/* sparse's buffer: checker/report.c's MSG_MAX */
	if (fd->msg.size() > 479)
		fd->msg.resize(479);
}

void report_cond(const release_site &rel, const origin *o)
{
	std::string where;
	finding *fd = new_finding(rel.pos, o, KIND_COND);

	if (!fd)
		return;
	if (rel.caller)
		where = " in " + fn_name(rel.fn) + "()";
	if (rel.api->family == FAM_GET)
		fd->msg = rel.api->name + "()" + where + " releases " +
			  noun(rel.api, false) + " that may be pinned by " +
			  describe_origin(o, rel) + "; use " + rel.api->cure +
			  "() when iov_iter_extract_will_pin()";
	else
		fd->msg = rel.api->name + "()" + where + " releases " +
			  noun(rel.api, false) + " extracted by " +
			  describe_origin(o, rel) +
			  ", pinned only when iov_iter_extract_will_pin(); test it, or what was saved from it, first";
	if (fd->msg.size() > 479)
		fd->msg.resize(479);
}

void report_partial(const position &exit, const api_entry *api,
		    const position &call, const position &test)
{
	bool pin = api->family == FAM_PIN;
	finding *fd = new_finding(exit, api, KIND_PARTIAL);

	if (!fd)
		return;
	fd->msg = std::string("pages ") + (pin ? "pinned" : "got") + " by " +
		  api->name + "() at line " + std::to_string(call.line) +
		  " leak here when it " + (pin ? "pins" : "gets") +
		  " fewer than asked (the test at line " +
		  std::to_string(test.line) + "); " +
		  (pin ? "unpin" : "release") + " them first with " +
		  (pin ? "unpin_user_pages" : "release_pages") + "()";
}

void report_note(const position &pos, const std::string &msg)
{
	static const char key = 0;	/* one note a position */
	finding *fd = new_finding(pos, &key, KIND_NOTE);

	if (fd)
		fd->msg = msg;
}

std::vector<finding> report_take()
{
	std::vector<finding> out;

	out.swap(findings);
	std::stable_sort(out.begin(), out.end(),
			 [](const finding &a, const finding &b) {
		if (a.pos.file != b.pos.file)
			return a.pos.file < b.pos.file;
		if (a.pos.line != b.pos.line)
			return a.pos.line < b.pos.line;
		return a.pos.col < b.pos.col;
	});
	return out;
}

int report_print(const std::vector<finding> &fs, bool as_error)
{
	int n = 0;

	fflush(stdout);
	for (const finding &f : fs) {
		fprintf(stderr, "%s:%u:%u: %s%s\n", f.pos.file_name.c_str(),
			f.pos.line, f.pos.col,
			f.is_note ? "note: " : as_error ? "error: " : "warning: ",
			f.msg.c_str());
		n += !f.is_note;
	}
	return n;
}

} // namespace pincheck
