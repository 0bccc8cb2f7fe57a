# SPDX-License-Identifier: GPL-2.0
"""Single-site mutants of real kernel files, for the checker and the rules.

A forward mutant turns one unpin_*() release into the put a conversion
patch might have left: put_page() or release_pages().  A reverse mutant
turns one put_page()/release_pages() in a function that calls a FOLL_GET
acquisition into the unpin call.
"""
import re

from pckernel import conf, output, trees

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


# Acquisitions that return how many pages they took into an array: the
# pin-leak check follows them (checker/core/count.c).
COUNTED = re.compile(r'\b(pin|get)_user_pages(_fast|_fast_only|_unlocked|_locked|'
                     r'_remote)?\s*\(')
# an error path leaves: a jump, a break, a return of anything but 0
EXIT = re.compile(r'\b(goto\s+\w+|return\s*[^0;\s][^;]*|break)\s*;')
SUCCESS = re.compile(r'(?:^|[;{}:])\s*\w+\s*=\s*0\s*;', re.M)


def leaves(code, at, names):
    """Whether the rest of the block from at leaves the function or the
    loop (goto, return, break) with no other release of names on the
    way: an error path."""
    depth, i = 0, at
    while i < len(code) and depth >= 0:
        depth += {'{': 1, '}': -1}.get(code[i], 0)
        i += 1
    rest = code[at:i]
    out = EXIT.search(rest)
    # "rc = 0;" on the way: the path that succeeded
    return bool(out) and not SUCCESS.search(rest, 0, out.start()) and \
        not any(m.group(1) in names for m in CALL.finditer(rest))


HEADER = re.compile(r'(\w+)\s*\([^;{}()]*(\([^()]*\)[^;{}()]*)*\)\s*$')


def function_name(code, start):
    """The name of the function whose body starts at start, or None."""
    m = HEADER.search(code[max(0, start - 600):start])
    return m.group(1) if m else None


def base_name(arg):
    """The variable an argument names: pages of "&pages[i]", "(x)pages"."""
    arg = re.sub(r'^\(\s*[\w\s*]+\)\s*', '', arg.strip())
    m = re.match(r'[&*\s]*([\w.>-]+?)\s*(\[|$)', arg)
    return m.group(1) if m else None


def counted_args(name, args):
    """(count asked, array base name) of a counted acquisition's
    arguments (checker/apis.def: count 2 and array 4, 3 for _unlocked;
    count 3 and array 5 for _remote), or None."""
    remote = name.endswith('_remote')
    pages = 2 if name.endswith('_unlocked') else 4 if remote else 3
    if not args or len(args) <= pages:
        return None
    return args[2 if remote else 1], base_name(args[pages])


def arrays(text, code, span):
    """The arrays (base names) the counted acquisitions of span pin into."""
    found = set()
    for m in COUNTED.finditer(code, span[0], span[1]):
        args, _ = call_args(text, m.end() - 1)
        got = counted_args(m.group(0).rstrip('( \t\n'), args)
        if got:
            found.add(got[1])
    return found


# the releases of an array and its count
COUNTED_RELEASES = ('unpin_user_pages', 'unpin_user_pages_dirty_lock',
                    'release_pages')
ASSIGNED = re.compile(r'([\w.>-]+)\s*=\s*((pin|get)_user_pages\w*)\s*\(')


def acquisitions(text, code, span):
    """(count variable, count asked, array) of each counted acquisition
    of span whose result is assigned."""
    out = []
    for m in ASSIGNED.finditer(code, span[0], span[1]):
        if not COUNTED.match(code, m.start(2)):
            continue
        args, _ = call_args(text, m.end() - 1)
        got = counted_args(m.group(2), args)
        if got:
            out.append((m.group(1),) + got)
    return out


def in_short_block(code, at, var, asked):
    """Whether at is inside an if block whose test compares var with
    asked (the short path: there the count asked is not the count
    taken, and the mutant is no equivalent one)."""
    depth, i = 0, at
    while i > 0:
        i -= 1
        c = code[i]
        if c == '}':
            depth += 1
        elif c == '{':
            if depth == 0:
                head = code[max(0, i - 300):i]
                m = re.search(r'\bif\s*\((.*)\)\s*$', head, flags=re.S)
                if m and re.search(r'\b%s\b' % re.escape(var), m.group(1)) \
                   and asked in m.group(1) and \
                   re.search(r'!=|<', m.group(1)):
                    return True
            else:
                depth -= 1
    return False


def counts(text, names, only_in=None):
    """Every (line, name, name, mutated text): the count taken in a
    release of an acquisition's array replaced by the count it asked
    for (a count mutant)."""
    out = []
    code = strip_comments(text)
    for span in (only_in if only_in is not None else leak_sites(text)):
        acqs = acquisitions(text, code, span)
        for m, args, end, _ in calls(text, COUNTED_RELEASES, [span]):
            if not args or len(args) < 2:
                continue
            for var, asked, array in acqs:
                if args[1] != var or base_name(args[0]) != array or \
                   asked == var or \
                   not in_short_block(code, m.start(), var, asked):
                    continue
                repl = '%s(%s, %s%s)' % (m.group(1), args[0], asked,
                                         ''.join(', ' + a for a in args[2:]))
                line = text.count('\n', 0, m.start()) + 1
                out.append((line, m.group(1), m.group(1),
                            text[:m.start()] + repl + text[end:]))
                break
    return out


def leak_sites(text):
    """Function bodies with a counted acquisition: their releases."""
    code = strip_comments(text)
    return [(s, e) for s, e in functions(code) if COUNTED.search(code[s:e])]


# ++, -- or an assignment (not a comparison) in an argument
SIDE_EFFECT = re.compile(r'\+\+|--|(?<![=!<>])=(?!=)')


def leaks(text, names, only_in=None, min_released=1):
    """Every (line, name, 'FUNCTION', mutated text): a release statement of
    names on an error path (the rest of its block leaves: goto, break, a
    return of anything but 0) deleted, in a function that pins into the
    array it releases (a leak mutant); lines are kept.  Not a release
    whose arguments change something (pages[i++]: deleting it would
    change the loop, not only the release), nor, with min_released, one
    of an array released fewer times than that in its function."""
    out = []
    spans = only_in if only_in is not None else leak_sites(text)
    found = list(calls(text, names, spans))
    # each span's pinned arrays, and how often each base is released there
    pinned, released = {}, {}
    for m, args, _, code in found:
        span = [(s, e) for s, e in spans if s <= m.start() < e][0]
        if span not in pinned:
            pinned[span] = arrays(text, code, span)
        if args:
            key = (span, base_name(args[0]))
            released[key] = released.get(key, 0) + 1
    for m, args, end, code in found:
        semi = re.match(r'\s*;', code[end:]) if args is not None else None
        if not semi or not leaves(code, end + semi.end(), names):
            continue
        span = [(s, e) for s, e in spans if s <= m.start() < e][0]
        fn = function_name(code, span[0])
        base = base_name(args[0])
        if not fn or base not in pinned[span]:
            continue            # not the pages of this function's pin
        if released[(span, base)] < min_released:
            continue
        if any(SIDE_EFFECT.search(a) for a in args):
            continue            # deleting it changes more than a release
        gone = text[m.start():end + semi.end()]
        line = text.count('\n', 0, m.start()) + 1
        out.append((line, m.group(1), fn, text[:m.start()] + ';' +
                    '\n' * gone.count('\n') + text[end + semi.end():]))
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
            if re.search(trees.GET_USERS, code[s:e])]


LEAK_CHECKS = ('pincheck-pin-leak', 'pincheck-partial-pin')


def release_hit(f, tmp, line, new, check):
    """A finding (of check, when given) of the release by new on line."""
    return output.release_at(f, tmp, line, new) and \
        (check is None or f['check'] == check)


def leak_hit(f, tmp, line, fn, check):
    """A leak finding of an acquisition in fn, the function whose release
    on an error path was deleted."""
    acq = f.get('acquisition') or {}
    return f['check'] in LEAK_CHECKS and \
        acq.get('file') == tmp and acq.get('function') == fn


class Kind:
    """A kind of lifecycle mutant, as the kernel tests of both front ends
    make and judge it: make(text, names, only_in) gives the mutants, a
    finding that hit(f, tmp, line, new, check) takes catches one, and at
    least minimum of them must be caught."""

    def __init__(self, title, make, check, hit, minimum):
        self.title, self.make, self.check = title, make, check
        self.hit, self.minimum = hit, minimum


LIFECYCLE = (
    # an unpin statement repeated on its line: the over-release check
    Kind('double mutants (an unpin repeated)', doubles,
         'pincheck-over-release', release_hit, 0.90),
    # an unpin on an error path deleted, reported as a leak of its
    # function's acquisition (6.1: 20 of 22; 6.12: 19 of 21; 7.2: 21 of
    # 25.  The misses: vhost/vdpa.c's pfn ranges the common exit unpins,
    # acrn's page stored in the vm before the hypercall that fails, and
    # on 7.2 orangefs' member tests, mshv and bpf: docs/findings-*.md).
    # A floor under what is caught, not a target.
    Kind('leak mutants (an error-path unpin deleted)', leaks, None,
         leak_hit, {'7.2': 0.80}.get(conf.KVER, 0.90)),
    # the count taken in a release on the short path turned into the
    # count asked for
    Kind('count mutants (the count asked released)', counts,
         'pincheck-pin-count', release_hit, 0.80),
)
