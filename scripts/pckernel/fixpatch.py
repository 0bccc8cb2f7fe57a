# SPDX-License-Identifier: GPL-2.0
"""Fix patches: shared by scripts/pincheck-fix (make fix) and
scripts/pincheck-ci (the fixes of a series' new findings).

The checker's fix-its come first: each finding of pincheck's JSON that
carries a "fix" (a line, a range of bytes, the text to put there) is an
exact edit.  The semantic patches' patch mode fixes what no fix-it
covers.  A patch is written only when it is proven: the object builds
through kbuild, pincheck reports none of the findings fixed (and nothing
new), and every rule is silent on the result.
"""
import difflib
import email.utils
import os
import re
import shutil
import subprocess
import tempfile

from pckernel import cocci, conf, kbuild, output

AUTHOR = 'pincheck <pincheck@localhost>'
PLACEHOLDER = 'Your Name <your.email@example.org>'


def report(path):
    """Report mode's findings on path: [(line, message)]."""
    out = []
    for rule in cocci.fixing_rules():
        for line in cocci.spatch('report', path, rule).splitlines():
            m = re.match(r'^[^:]+:(\d+):[\d-]+: (?:WARNING: )?(.*)$', line)
            if m:
                out.append((int(m.group(1)), m.group(2)))
    return sorted(set(out))


def subsystem(src):
    """'drivers/media/pci/ivtv/ivtv-yuv.c' -> 'media: ivtv'."""
    parts = src.split('/')
    if parts[0] in ('drivers', 'arch') and len(parts) > 2:
        parts = parts[1:]
    name = parts[0]
    if len(parts) > 2:
        name += ': ' + parts[-2]
    elif len(parts) == 2 and parts[0] != os.path.splitext(parts[1])[0]:
        name += ': ' + os.path.splitext(parts[1])[0]
    return name


# What a lifecycle finding's fix does, for the message (subject, why, cure)
LIFECYCLE = {
    'pincheck-pin-leak': (
        'unpin pages on the error paths that leave them pinned',
        'Pages taken with pin_user_pages*() or get_user_pages*() must be\n'
        'released on every path that fails after they were taken.  These\n'
        'error paths return without the release the function does on its\n'
        'other paths: the pins leak, and the pages stay "maybe DMA-pinned"\n'
        'and are never freed.',
        'Release them before the exit, with the array the call was given\n'
        'and the count it returned.'),
    'pincheck-pin-count': (
        'release the count of pages the call returned',
        'pin_user_pages*() and get_user_pages*() may take fewer pages than\n'
        'asked, and return how many they took.  Releasing the count asked\n'
        'drops references the entries past that count never held: a\n'
        'refcount underflow, or a NULL dereference.',
        'Release the count the call returned.'),
}


def family_words(families):
    """(subject, why, cure) of wrong releases of those families."""
    pinned, got = 'pin' in families, 'get' in families
    if pinned and not got:
        return ('release pinned pages with unpin_user_page*()',
                'Pages taken with pin_user_pages*() (FOLL_PIN) carry a pin,\n'
                'which only unpin_user_page*() drops.  Released with\n'
                'put_page(), release_pages() or folio_put(), the pin leaks:\n'
                'the page stays "maybe DMA-pinned" and is never freed.',
                'Release them with unpin_user_page(), unpin_user_pages()\n'
                'or unpin_user_pages_dirty_lock(), as\n'
                'Documentation/core-api/pin_user_pages.rst asks.')
    if got and not pinned:
        return ('release got pages with put_page()',
                'Pages taken with get_user_pages*() or iov_iter_get_pages*()\n'
                '(FOLL_GET) hold a plain reference.  unpin_user_page*() drops\n'
                'GUP_PIN_COUNTING_BIAS references instead of one: the\n'
                'refcount underflows and the page is freed while in use.',
                'Release them with put_page() or release_pages().')
    return ('release user pages with the call of their family',
            'Pinned pages (FOLL_PIN) must be unpinned, got pages\n'
            '(FOLL_GET) must be put; here each is released with the\n'
            "other family's call.",
            'Use the release call that matches each acquisition.')


def message(src, found, families, by, checks=()):
    """Subject and body: families is the set of the acquisitions' families
    ('pin', 'get') the fixed wrong releases were wrong for; checks, the
    lifecycle checks whose findings were fixed too; found the (line,
    message) of each; by, who found them."""
    parts = [family_words(families)] if families else []
    parts += [LIFECYCLE[c] for c in sorted(checks) if c in LIFECYCLE]
    if not parts:
        parts = [family_words(families)]
    subject = parts[0][0] if len(parts) == 1 else \
        'release user pages as they were taken'
    why = '\n\n'.join(p[1] for p in parts)
    cure = '\n\n'.join(p[2] for p in parts)
    sites = '\n'.join('  %s:%d: %s' % (src, line, msg) for line, msg in found)
    return ('%s: %s' % (subsystem(src), subject),
            '%s\n\n%s\n\n%s\n\nFound by %s.\n' % (why, sites, cure, by))


def rule_families(found):
    """The families the semantic patches' messages (ours) name."""
    fams = set()
    for _, m in found:
        fams.add('get' if 'got' in m else 'pin' if 'pin' in m else None)
    return fams - {None}


def lines(text):
    """Lines with their ends; only \n ends one (not form feeds)."""
    return [ln + '\n' for ln in text.split('\n')[:-1]] + \
        ([text.split('\n')[-1]] if not text.endswith('\n') else [])


def git_out(tree, *args):
    res = subprocess.run(['git', '-C', tree] + list(args),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True, errors='replace')
    return res.stdout.strip() if res.returncode == 0 else ''


def signer(tree):
    """'Name <email>' from git config (the tree's, else the user's)."""
    name = git_out(tree, 'config', 'user.name')
    email = git_out(tree, 'config', 'user.email')
    return '%s <%s>' % (name, email) if name and email else PLACEHOLDER


def fixes_tags(tree, src, lines_fixed):
    """Fixes: tags of the commits that brought the lines fixed, when the
    tree is a git tree whose blame finds them."""
    tags = []
    if not git_out(tree, 'rev-parse', '--is-inside-work-tree'):
        return tags
    for line in sorted(set(lines_fixed)):
        out = git_out(tree, 'blame', '--porcelain', '-L', '%d,%d' % (line, line),
                      'HEAD', '--', src)
        sha = out.split(' ', 1)[0] if out else ''
        if not re.match(r'^[0-9a-f]{40}$', sha) or set(sha) == {'0'}:
            continue
        tag = git_out(tree, 'log', '-1', '--abbrev=12',
                      '--format=Fixes: %h ("%s")', sha)
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def make_patch(src, before, after, subject, body, tags=(), signed=PLACEHOLDER):
    diff = difflib.unified_diff(lines(before), lines(after),
                                'a/' + src, 'b/' + src)
    trailer = ''.join(t + '\n' for t in tags)
    return ('From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n'
            'From: %s\nDate: %s\nSubject: [PATCH] %s\n\n%s\n'
            '%sSigned-off-by: %s\n---\n'
            'diff --git a/%s b/%s\n%s-- \npincheck\n\n'
            % (AUTHOR, email.utils.formatdate(), subject, body, trailer,
               signed, src, src, ''.join(diff)))


def checker_findings(tree, src, db=None, commands=None):
    """pincheck's findings on src (its kbuild command line, kept in the
    dict commands for the next call), or None when kbuild does not build
    it."""
    extra = ['--db=' + db] if db else []
    checked, _, out = kbuild.check_direct(tree, [src], conf.PINCHECK,
                                          extra=extra, cache=commands)
    if src not in checked:
        return None
    return [f for f in output.findings(out) if output.is_pincheck_finding(f)]


def apply_edits(data, edits):
    """data (bytes) with each edit's bytes of its line replaced (an empty
    range inserts: a pin-leak's release, a line of its own); None when an
    edit does not fit its line or two overlap."""
    rows = data.split(b'\n')
    last = {}
    for e in sorted(edits, key=lambda e: (e['line'], e['column']),
                    reverse=True):
        n, start, end = e['line'] - 1, e['column'] - 1, e['end_column'] - 1
        if n >= len(rows) or not 0 <= start <= end <= len(rows[n]) or \
                end > last.get(n, end):
            return None
        rows[n] = rows[n][:start] + e['text'].encode() + rows[n][end:]
        last[n] = start
    return b'\n'.join(rows)


def builds(tree, src):
    """Whether kbuild builds src's object."""
    res = subprocess.run(['make', '-s', src[:-2] + '.o'], cwd=tree,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return res.returncode == 0


def key(f):
    return (f['check'], int(f['line']))


def prove(tree, src, after, before_found, fixed, db, commands,
          rules_silent):
    """None when the file holding after builds, pincheck reports none of
    the fixed findings and nothing new, and every rule is silent (known
    already when rules_silent); else why not.  The file is restored
    after."""
    path = os.path.join(tree, src)
    with open(path, 'rb') as f:
        original = f.read()
    try:
        with open(path, 'wb') as f:
            f.write(after)
        if not builds(tree, src):
            return 'the fixed file does not build'
        left = checker_findings(tree, src, db, commands)
        if left is None:
            return 'the fixed file is not checked'
        gone = {key(f) for f in fixed}
        was = {key(f) for f in before_found}
        for f in left:
            if key(f) in gone or key(f) not in was:
                return 'pincheck still reports line %s' % f['line']
        rules = [] if rules_silent else report(path)
        if rules:
            return 'rules still report line %d after fixing' % rules[0][0]
        return None
    finally:
        with open(path, 'wb') as f:
            f.write(original)


def cocci_fix(path):
    """The text the semantic patches make of path (in place)."""
    for rule in cocci.fixing_rules():
        cocci.spatch('patch', path, rule, ['--in-place'])
    with open(path, 'rb') as f:
        return f.read()


def fix_file(tree, src, db=None):
    """(patch text, None) or (None, why not); (None, None): nothing to
    fix.  db: pincheck's --db, for releases of pages another file took."""
    with open(os.path.join(tree, src), 'rb') as f:
        before = f.read()
    commands = {}       # its command line, found once for both runs
    found = checker_findings(tree, src, db, commands) or []
    fixed = [f for f in found if f.get('fix') and f['fix']['file'] == src]
    after = apply_edits(before, [f['fix'] for f in fixed]) if fixed \
        else before
    if after is None:
        return None, 'the fix-its do not fit the text'
    tmp = tempfile.mkdtemp(prefix='pincheck-fix-')
    try:
        path = os.path.join(tmp, os.path.basename(src))
        with open(path, 'wb') as f:
            f.write(after)
        rules_found = report(path)
        if rules_found:
            after = cocci_fix(path)
    finally:
        shutil.rmtree(tmp)
    if not fixed and not rules_found:
        return (None, None) if not found else \
            (None, 'no fix-it, and no rule reports it')
    if after == before:
        return None, 'no fix-it, and no rule can patch it'
    why = prove(tree, src, after, found, fixed, db, commands,
                not rules_found)
    if why:
        return None, why
    sites = [(int(f['line']), f['message']) for f in fixed] + rules_found
    checks = {f['check'] for f in fixed} & set(LIFECYCLE)
    families = {(f.get('acquisition') or {}).get('family') for f in fixed
                if f['check'] not in LIFECYCLE}
    families |= rule_families(rules_found)
    by = ' and '.join(w for w, used in (('pincheck', fixed),
                                        ('the pincheck semantic patches',
                                         rules_found)) if used)
    subject, body = message(src, sorted(set(sites)), families - {None}, by,
                            checks)
    tags = fixes_tags(tree, src, [int(f['fix']['line']) for f in fixed])
    return make_patch(src, before.decode(errors='replace'),
                      after.decode(errors='replace'), subject, body, tags,
                      signer(tree)), None
