# SPDX-License-Identifier: GPL-2.0
"""The checkers' findings, read from their JSON (pincheck,
pincheck-clang) or clang-tidy's text: by check id, never by wording.
"""
import json
import os
import re

# Findings are recognised by the "check" member of --format=json, never
# by their words: every id checker/core/checks/check_list.h lists, which
# is every pincheck-* id but the engine's own two.  A new check needs no
# line here to be counted; its description (SARIF) is welcome below.
UNDECIDED_CHECK = 'pincheck-undecided'
ENGINE_CHECKS = ('pincheck-note', UNDECIDED_CHECK, 'pincheck-unchecked')
CHECKS = {
    'pincheck-wrong-release':
        'pages released with the call of the other family: pinned pages '
        'put, got pages unpinned',
    'pincheck-cond-pin':
        'pages of iov_iter_extract_pages() released without regard to '
        'iov_iter_extract_will_pin()',
    'pincheck-partial-pin':
        'a pin (or get) that took fewer pages than asked leaks the ones '
        'it took',
}
UNCHECKED_CHECK = 'pincheck-unchecked'
# clang-tidy's own diagnostics (text: it has no JSON for them)
TIDY_FINDING = re.compile(r'^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): '
                          r'(?P<kind>warning|error|note): (?P<msg>.*)$')


def json_objects(text):
    """The objects of --format=json in text (lines of other output, make's
    or the compiler's, are skipped), each with the short names the
    scripts use too: msg, col, kind."""
    out = []
    for line in text.splitlines():
        if not line.startswith('{'):
            continue
        try:
            f = json.loads(line)
        except ValueError:
            continue
        if not isinstance(f, dict) or 'check' not in f or 'file' not in f:
            continue
        f['msg'], f['col'], f['kind'] = f['message'], f['column'], \
            f['severity']
        out.append(f)
    return out


def unchecked(text):
    """[(file, why)] of the files pincheck said it did not check (sparse
    could not parse them, or crashed), from its JSON."""
    return [(f['file'], f['message'].replace('not checked: ', '', 1))
            for f in json_objects(text) if f['check'] == UNCHECKED_CHECK]


def findings(text, kinds=('warning',)):
    """The findings (and, by kinds, notes) of --format=json output."""
    return [f for f in json_objects(text)
            if f['kind'] in kinds and f['check'] != UNCHECKED_CHECK]


def release_at(f, file, line, call):
    """Whether finding f is a release by call at file:line, reported
    there (a mutant caught at its site; another file's release that a
    call here reaches is reported at the call, not at a release)."""
    rel = f.get('release') or {}
    return f['file'] == file and int(f['line']) == line and \
        rel.get('call') == call and rel.get('file') == file and \
        rel.get('line') == line


def is_pincheck_finding(f):
    """A finding of one of our checks (not a note, not a file left
    unchecked), by its check id."""
    check = f.get('check') or ''
    return check.startswith('pincheck-') and check not in ENGINE_CHECKS


def finding_line(f):
    """A finding as the checker's text prints it."""
    return '%s:%s:%s: %s: %s [%s]' % (f['file'], f['line'], f['col'],
                                      f.get('kind', 'warning'), f['msg'],
                                      f['check'])


def tidy_findings(text, kinds=('warning',)):
    """clang-tidy's diagnostics of our checks: text, the check id in the
    ' [check-name]' suffix it adds (kept in 'check', dropped from 'msg')."""
    out = []
    for line in text.splitlines():
        m = TIDY_FINDING.match(line)
        if not m or m.group('kind') not in kinds:
            continue
        f = m.groupdict()
        c = re.match(r'^(.*) \[([\w.-]+(,[\w.-]+)*)\]$', f['msg'])
        if not c or not c.group(2).startswith('pincheck-'):
            continue
        f['msg'], f['check'] = c.group(1), c.group(2)
        out.append(f)
    return out


def clang_findings(text, tree, kinds=('warning',)):
    """The findings of pincheck-clang (its JSON) or clang-tidy (its text)
    output, file names made tree-relative."""
    out = []
    real = os.path.realpath(tree)
    for f in findings(text, kinds) + tidy_findings(text, kinds):
        if os.path.isabs(f['file']):
            p = os.path.realpath(f['file'])
            if p.startswith(real + os.sep):
                f['file'] = os.path.relpath(p, real)
        else:                   # ./include/linux/bio.h
            f['file'] = os.path.normpath(f['file'])
        out.append(f)
    return out
