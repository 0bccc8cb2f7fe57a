# SPDX-License-Identifier: GPL-2.0
"""Single-site mutants of real kernel files, for the checker and the rules.

A forward mutant turns one unpin_*() release into the put a conversion
patch might have left: put_page() or release_pages().  A reverse mutant
turns one put_page()/release_pages() in a function that calls a FOLL_GET
acquisition into the unpin call.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                '..', '..', 'scripts'))
import pckernel as pk  # noqa: E402

FORWARD = {
    'unpin_user_page': ('put_page', 1),
    'unpin_user_pages': ('release_pages', 2),
    'unpin_user_pages_dirty_lock': ('release_pages', 2),
    'unpin_user_page_range_dirty_lock': ('put_page', 1),
    # folios (6.11+): unpin_folios() has no mutant, since folios_put()
    # takes a folio_batch there, not an array
    'unpin_folio': ('folio_put', 1),
    'unpin_user_folio': ('folio_put', 1),
}
REVERSE = {
    'put_page': ('unpin_user_page', 1),
    'release_pages': ('unpin_user_pages', 2),
}
CALL = re.compile(r'\b([A-Za-z_]\w*)\s*\(')


def strip_comments(text):
    """Comments and strings blanked, offsets and lines kept."""
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(\\.|[^"\\\n])*"|'
                  r"'(\\.|[^'\\\n])+'", blank, text, flags=re.S)


def call_args(text, open_paren):
    """(args, end): the top-level arguments of the call at open_paren."""
    depth, start, args, i = 0, open_paren + 1, [], open_paren
    while i < len(text):
        c = text[i]
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
            if depth == 0:
                args.append(text[start:i].strip())
                return args, i + 1
        elif c == ',' and depth == 1:
            args.append(text[start:i].strip())
            start = i + 1
        i += 1
    return None, None


def functions(code):
    """(start, end) offsets of kernel-style function bodies."""
    spans, start = [], None
    for m in re.finditer(r'^[{}]', code, flags=re.M):
        if m.group(0) == '{':
            start = m.start()
        elif start is not None:
            spans.append((start, m.end()))
            start = None
    return spans


def calls(text, names, only_in=None):
    """(match, args, end, code) of each call of names in text (within the
    spans of only_in), but those on declaration and macro lines; code is
    text with comments and strings blanked."""
    code = strip_comments(text)
    for m in CALL.finditer(code):
        if m.group(1) not in names:
            continue
        if only_in is not None and \
           not any(s <= m.start() < e for s, e in only_in):
            continue
        line_start = code.rfind('\n', 0, m.start()) + 1
        if code[line_start:m.start()].lstrip().startswith('#'):
            continue
        args, end = call_args(text, m.end() - 1)
        yield m, args, end, code


def mutants(text, table, only_in=None):
    """Every (line, old, new, mutated text) for calls named in table."""
    out = []
    for m, args, end, code in calls(text, table, only_in):
        name = m.group(1)
        new, nargs = table[name]
        if not args or len(args) < nargs:
            continue
        repl = '%s(%s)' % (new, ', '.join(args[:nargs]))
        line = text.count('\n', 0, m.start()) + 1
        out.append((line, name, new, text[:m.start()] + repl + text[end:]))
    return out


def doubles(text, names, only_in=None):
    """Every (line, name, name, mutated text): a release statement of
    names repeated right after itself, in braces (a double mutant); line
    is the repeated call's, where the first one ends."""
    out = []
    for m, args, end, code in calls(text, names, only_in):
        semi = re.match(r'\s*;', code[end:]) if args is not None else None
        if not semi:
            continue            # not a statement of its own
        if re.search(r'\+\+|--|[^=!<>]=[^=]', code[m.end():end]):
            continue            # pages[i++]: run twice, not the same pages
        call = text[m.start():end]
        # the repeated call is where the first one ends
        line = text.count('\n', 0, end) + 1
        # braced: an if's or an else's one statement stays one
        out.append((line, m.group(1), m.group(1), text[:m.start()] +
                    '{ %s; %s; }' % (call, ' '.join(call.split())) +
                    text[end + semi.end():]))
    return out


PROBE = '__pincheck_probe'


def probe(mtext, line, new):
    """The mutant with its call at line renamed PROBE (declared first, so
    that any arguments do): whether the compiler keeps that call tells a
    release in code it folds away for the configuration (under
    PageHighMem() without CONFIG_HIGHMEM)."""
    lines = mtext.split('\n')
    lines[line - 1] = re.sub(r'\b%s\s*\(' % re.escape(new), PROBE + '(',
                             lines[line - 1], count=1)
    return 'void %s();\n' % PROBE + '\n'.join(lines)


def reverse_sites(text):
    """Function bodies that call a FOLL_GET acquisition."""
    code = strip_comments(text)
    return [(s, e) for s, e in functions(code)
            if re.search(pk.GET_USERS, code[s:e])]
