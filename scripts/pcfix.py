# SPDX-License-Identifier: GPL-2.0
"""Fix patches from the semantic patches: shared by scripts/pincheck-fix
(make fix) and scripts/pincheck-ci (the fixes of a series' new findings).
"""
import difflib
import email.utils
import os
import re
import shutil
import tempfile

import pckernel as pk

AUTHOR = 'pincheck <pincheck@localhost>'
def report(path):
    """Report mode's findings on path: [(line, message)]."""
    out = []
    for rule in pk.fixing_rules():
        for line in pk.spatch('report', path, rule).splitlines():
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


def message(src, found):
    pinned = any('pin' in m and 'got' not in m for _, m in found)
    got = any('got' in m for _, m in found)
    if pinned and not got:
        subject = 'release pinned pages with unpin_user_page*()'
        why = ('Pages taken with pin_user_pages*() (FOLL_PIN) carry a pin,\n'
               'which only unpin_user_page*() drops.  Released with\n'
               'put_page(), release_pages() or folio_put(), the pin leaks:\n'
               'the page stays "maybe DMA-pinned" and is never freed.')
        cure = ('Release them with unpin_user_page(), unpin_user_pages()\n'
                'or unpin_user_pages_dirty_lock(), as\n'
                'Documentation/core-api/pin_user_pages.rst asks.')
    elif got and not pinned:
        subject = 'release got pages with put_page()'
        why = ('Pages taken with get_user_pages*() or iov_iter_get_pages*()\n'
               '(FOLL_GET) hold a plain reference.  unpin_user_page*() drops\n'
               'GUP_PIN_COUNTING_BIAS references instead of one: the\n'
               'refcount underflows and the page is freed while in use.')
        cure = 'Release them with put_page() or release_pages().'
    else:
        subject = 'release user pages with the call of their family'
        why = ('Pinned pages (FOLL_PIN) must be unpinned, got pages\n'
               '(FOLL_GET) must be put; here each is released with the\n'
               "other family's call.")
        cure = 'Use the release call that matches each acquisition.'
    sites = '\n'.join('  %s:%d: %s' % (src, line, msg) for line, msg in found)
    return ('%s: %s' % (subsystem(src), subject),
            '%s\n\n%s\n\n%s\n\nFound by the pincheck semantic patches.\n'
            % (why, sites, cure))


def lines(text):
    """Lines with their ends; only \n ends one (not form feeds)."""
    return [ln + '\n' for ln in text.split('\n')[:-1]] + \
        ([text.split('\n')[-1]] if not text.endswith('\n') else [])


def make_patch(src, before, after, subject, body):
    diff = difflib.unified_diff(lines(before), lines(after),
                                'a/' + src, 'b/' + src)
    return ('From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n'
            'From: %s\nDate: %s\nSubject: [PATCH] %s\n\n%s\n'
            'Signed-off-by: Your Name <your.email@example.org>\n---\n'
            'diff --git a/%s b/%s\n%s-- \npincheck\n\n'
            % (AUTHOR, email.utils.formatdate(), subject, body, src, src,
               ''.join(diff)))


def fix_file(tree, src):
    """(patch text, None) or (None, why not)."""
    tmp = tempfile.mkdtemp(prefix='pincheck-fix-')
    path = os.path.join(tmp, os.path.basename(src))
    try:
        shutil.copy(os.path.join(tree, src), path)
        with open(path) as f:
            before = f.read()
        found = report(path)
        if not found:
            return None, None
        for rule in pk.fixing_rules():
            pk.spatch('patch', path, rule, ['--in-place'])
        with open(path) as f:
            after = f.read()
        if after == before:
            return None, 'no rule can patch it'
        left = report(path)
        if left:
            return None, 'rules still report line %d after patching' % left[0][0]
        subject, body = message(src, found)
        return make_patch(src, before, after, subject, body), None
    finally:
        shutil.rmtree(tmp)
