// SPDX-License-Identifier: GPL-2.0
/*
 * report.cc - places as sparse gives them, for the IR's positions and
 * clang-tidy's diagnostics (core/report.c has the findings' words).
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

SourceLocation report_location(const struct pc_finding &f)
{
	return SourceLocation::getFromRawEncoding(f.pos.cookie);
}

} // namespace pincheck
