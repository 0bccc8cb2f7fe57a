# SPDX-License-Identifier: GPL-2.0
"""Kernel trees: the configured ones (gcc, LLVM), the reference git
tree, and the files in them that use the APIs.
"""
import contextlib
import os
import re
import subprocess
import sys

from pckernel import conf, ui

# The 6.1 files that use the FOLL_PIN API (mm/gup.c defines it).
PIN_USERS = r'\b(un)?pin_user_page'
# ... and the FOLL_GET API, for reverse mutants.
GET_USERS = (r'\b(get_user_pages(_fast|_remote|_unlocked|_fast_only)?'
             r'|iov_iter_get_pages(_alloc)?2?)\s*\(')
# ... and iov_iter_extract_pages() (since 6.3), whose pins are conditional.
EXTRACT_USERS = r'\biov_iter_extract_pages\s*\('
EXCLUDE = ('mm/gup.c',)


def kernel_tree():
    """The configured tree (scripts/kernel-tree makes it when needed)."""
    out = subprocess.run([os.path.join(conf.TOP, 'scripts', 'kernel-tree')],
                         check=True, stdout=subprocess.PIPE, text=True)
    return out.stdout.strip()


def grep_files(tree, pattern):
    """Tree-relative .c files matching pattern (sorted), minus EXCLUDE."""
    out = subprocess.run(['grep', '-rlE', pattern, '--include=*.c', '.'],
                         cwd=tree, stdout=subprocess.PIPE, text=True)
    files = sorted(f[2:] for f in out.stdout.split())
    return [f for f in files if f not in EXCLUDE and
            not os.path.basename(f).startswith('.pincheck-')]


@contextlib.contextmanager
def copy_beside(tree, src, tag, text):
    """A copy of src holding text, written beside it (so that its
    includes resolve) as .pincheck-TAG-FILE; yields its tree-relative
    path and removes it after."""
    d, base = os.path.split(src)
    tmp = os.path.join(d, '.pincheck-%s-%s' % (tag, base))
    with open(os.path.join(tree, tmp), 'w') as f:
        f.write(text)
    try:
        yield tmp
    finally:
        os.unlink(os.path.join(tree, tmp))


def series():
    """The reference conversion's patches, in order, without the cover."""
    return sorted(os.path.join(conf.PATCHES, p)
                  for p in os.listdir(conf.PATCHES)
                  if p.endswith('.patch') and not p.startswith('0000-'))


def reference_tree(name):
    """A fresh git tree of Debian's 6.1 under $PINCHECK_CACHE/name.

    Returns (tree, base commit); the caller applies the series with
    git am.  Raises CalledProcessError when a step fails.
    """
    cache = os.environ.get('PINCHECK_CACHE', '/var/tmp/pincheck')
    top = os.path.join(cache, name)
    subprocess.run(['rm', '-rf', top], check=True)
    os.makedirs(top)
    subprocess.run(['tar', '-C', top, '-xf', conf.TARBALL], check=True)
    tree = os.path.join(top, 'linux-source-6.1')
    git = ['git', '-c', 'user.name=pincheck', '-c',
           'user.email=pincheck@localhost']
    quiet = dict(cwd=tree, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['git', 'init', '-q'], **quiet)
    # no background "git gc --auto": it would race the next rm -rf
    subprocess.run(['git', 'config', 'gc.auto', '0'], **quiet)
    # Debian's .gitignore ignores the whole top level: add by force.
    subprocess.run(['git', 'add', '-f', '-A', '.'], **quiet)
    subprocess.run(git + ['commit', '-q', '-m', 'Linux 6.1 (Debian)'],
                   **quiet)
    base = subprocess.run(['git', 'rev-parse', 'HEAD'], cwd=tree, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.strip()
    return tree, base


def callers(tree, names, within=None):
    """Tree-relative .c files that call one of names (sorted)."""
    if not names:
        return []
    pattern = r'\b(%s)\s*\(' % '|'.join(map(re.escape, names))
    return [f for f in grep_files(tree, pattern)
            if within is None or f in within]


class TreeError(Exception):
    """The LLVM tree could not be found or made."""


def llvm_tree(log=None):
    """A kernel tree configured with LLVM=1 or LLVM=-16.

    KDIR=DIR names one (it must have a .config with CONFIG_CC_IS_CLANG);
    otherwise $PINCHECK_CACHE/linux-source-$KVER-llvm, made on the first
    call: Debian's tarball extracted, `make LLVM=-16 allmodconfig` and
    `make LLVM=-16 prepare` for x86_64, then a stamp file, as
    scripts/kernel-tree does for the gcc tree.  Files a test left edited
    in place (.pincheck-orig-* beside them) are restored.  Raises
    TreeError.
    """
    log = log or ui.warn
    kdir = os.environ.get('KDIR')
    if kdir:
        cfg = os.path.join(kdir, '.config')
        if not os.path.isfile(os.path.join(kdir, 'Makefile')) or \
           not os.path.isfile(cfg):
            raise TreeError('KDIR=%s is not a configured kernel tree' % kdir)
        with open(cfg) as f:
            if 'CONFIG_CC_IS_CLANG=y' not in f.read():
                raise TreeError('KDIR=%s is not configured with LLVM=1 '
                                '(no CONFIG_CC_IS_CLANG=y in .config)' % kdir)
        return os.path.abspath(kdir)
    cache = os.environ.get('PINCHECK_CACHE', '/var/tmp/pincheck')
    tree = os.path.join(cache, conf.LLVM_TREE)
    stamp = os.path.join(tree, '.pincheck-prepared')
    if os.path.isfile(stamp):
        restore_originals(tree)
        return tree
    src = conf.tarball()
    if not os.path.isfile(src):
        raise TreeError('%s missing: run scripts/install-deps.sh as root'
                        % src)
    tmp = tree + '.tmp'
    subprocess.run(['rm', '-rf', tree, tmp], check=True)
    os.makedirs(tmp)
    log('llvm-tree: extracting %s into %s' % (src, tree))
    try:
        subprocess.run(['tar', '-C', tmp, '-xf', src], check=True)
        os.rename(os.path.join(tmp, 'linux-source-' + conf.KVER), tree)
        os.rmdir(tmp)
        log('llvm-tree: make %s allmodconfig prepare (x86_64)' % conf.LLVM)
        for target in ('allmodconfig', 'prepare'):
            subprocess.run(['make', '-s', '-j%d' % min(2, os.cpu_count() or 1),
                            conf.LLVM, target], cwd=tree, check=True,
                           stdout=sys.stderr)
    except (subprocess.CalledProcessError, OSError) as e:
        raise TreeError('could not make %s: %s' % (tree, e))
    open(stamp, 'w').close()
    return tree


def restore_originals(tree):
    """Put back the files a test edited in place (.pincheck-orig-*)."""
    out = subprocess.run(['find', '.', '-name', '.pincheck-orig-*',
                          '-type', 'f'], cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True).stdout.split()
    for b in out:
        d, name = os.path.split(b)
        os.replace(os.path.join(tree, b),
                   os.path.join(tree, d, name[len('.pincheck-orig-'):]))
