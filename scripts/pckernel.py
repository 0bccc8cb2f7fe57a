# SPDX-License-Identifier: GPL-2.0
"""Running pincheck on a real kernel tree through kbuild.

Shared by scripts/pincheck-kernel (the demo), tests/kernel/run (the
integration test) and scripts/bench (the benchmark).
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PINCHECK = os.path.join(TOP, 'checker', 'pincheck')

# The 6.1 files that use the FOLL_PIN API (mm/gup.c defines it).
PIN_USERS = r'\b(un)?pin_user_page'
# ... and the FOLL_GET API, for reverse mutants.
GET_USERS = (r'\b(get_user_pages(_fast|_remote|_unlocked|_fast_only)?'
             r'|iov_iter_get_pages(_alloc)?2?)\s*\(')
EXCLUDE = ('mm/gup.c',)

FINDING = re.compile(r'^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): '
                     r'(?P<kind>warning|error|note): (?P<msg>.*)$')


def kernel_tree():
    """The configured tree (scripts/kernel-tree makes it when needed)."""
    out = subprocess.run([os.path.join(TOP, 'scripts', 'kernel-tree')],
                         check=True, stdout=subprocess.PIPE, text=True)
    return out.stdout.strip()


def grep_files(tree, pattern):
    """Tree-relative .c files matching pattern (sorted), minus EXCLUDE."""
    out = subprocess.run(['grep', '-rlE', pattern, '--include=*.c', '.'],
                         cwd=tree, stdout=subprocess.PIPE, text=True)
    files = sorted(f[2:] for f in out.stdout.split())
    return [f for f in files if f not in EXCLUDE and
            not os.path.basename(f).startswith('.pincheck-')]


def _wrapper(logdir, check):
    """A CHECK program that records its command line, then runs check."""
    path = os.path.join(logdir, 'check-wrapper')
    with open(path, 'w') as f:
        f.write('#!/bin/sh\n'
                'for a in "$@"; do last=$a; done\n'
                'name=$(echo "$last" | tr / _)\n'
                'printf "%%s\\0" "$@" > %s/"$name".cmd\n'
                'exec %s "$@"\n' % (shlex.quote(logdir), check))
    os.chmod(path, 0o755)
    return path


def kbuild_check(tree, files, check, logdir, jobs=2, extra=None):
    """Run `make -k C=2 CHECK=...` on files' objects.

    Returns (checked, failed, output): the files kbuild ran the checker
    on, those it could not build (not x86, or not in allmodconfig), and
    everything make printed.  The checker's command lines are recorded in
    logdir, for recorded_command().
    """
    if not files:       # make with no target would build the whole tree
        return [], [], ''
    wrapper = _wrapper(logdir, check if not extra else
                       check + ' ' + ' '.join(map(shlex.quote, extra)))
    objs = [f[:-2] + '.o' for f in files]
    res = subprocess.run(['make', '-k', '-j%d' % jobs, 'C=2',
                          'CHECK=' + wrapper] + objs,
                         cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    checked = [f for f in files if os.path.exists(_cmdfile(logdir, f))]
    failed = [f for f in files if f not in checked]
    return checked, failed, res.stdout


def _cmdfile(logdir, src):
    return os.path.join(logdir, src.replace('/', '_') + '.cmd')


def recorded_command(logdir, src):
    """kbuild's checker arguments for src (without the program)."""
    with open(_cmdfile(logdir, src), 'rb') as f:
        return [a.decode() for a in f.read().split(b'\0')[:-1]]


def run_recorded(tree, args, src=None, program=PINCHECK, extra=()):
    """Run program with kbuild's arguments; src replaces the source file."""
    if src is not None:
        args = args[:-1] + [src]
    res = subprocess.run([program] + list(extra) + args, cwd=tree,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True)
    return res.returncode, res.stderr


def findings(text, kinds=('warning',)):
    """Parsed finding lines of pincheck's output."""
    out = []
    for line in text.splitlines():
        m = FINDING.match(line)
        if m and m.group('kind') in kinds:
            out.append(m.groupdict())
    return out


def is_pincheck_finding(f):
    """Our findings, not sparse's errors: they name a release call."""
    return '() releases ' in f['msg'] or ' releases ' in f['msg']


RULES = os.path.join(TOP, 'semantic-patches')
# Rules that change what a correct file does (a get -> pin conversion)
# are not fixes: neither the fix writer nor the mutant test applies them.
CONVERSIONS = ('gup_to_pin.cocci',)


def fixing_rules():
    """The semantic patches that find and fix wrong releases."""
    return sorted(os.path.join(RULES, f) for f in os.listdir(RULES)
                  if f.endswith('.cocci') and f not in CONVERSIONS)


def spatch(mode, path, rule, extra=()):
    """spatch's output for one rule in one mode on path (run in its dir)."""
    if mode in ('report', 'org'):
        extra = ['--no-show-diff'] + list(extra)
    res = subprocess.run(['spatch', '--very-quiet', '--no-includes',
                          '--include-headers', '-D', mode, '--sp-file',
                          rule] + list(extra) + [os.path.basename(path)],
                         cwd=os.path.dirname(os.path.abspath(path)),
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True, timeout=600)
    return res.stdout


def log(msg):
    print(msg, flush=True)


def warn(msg):
    print(msg, file=sys.stderr, flush=True)


def tempdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


PATCHES = os.path.join(TOP, 'patches')
TARBALL = '/usr/src/linux-source-6.1.tar.xz'


def series():
    """The reference conversion's patches, in order, without the cover."""
    return sorted(os.path.join(PATCHES, p) for p in os.listdir(PATCHES)
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
    subprocess.run(['tar', '-C', top, '-xf', TARBALL], check=True)
    tree = os.path.join(top, 'linux-source-6.1')
    git = ['git', '-c', 'user.name=pincheck', '-c',
           'user.email=pincheck@localhost']
    quiet = dict(cwd=tree, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['git', 'init', '-q'], **quiet)
    # Debian's .gitignore ignores the whole top level: add by force.
    subprocess.run(['git', 'add', '-f', '-A', '.'], **quiet)
    subprocess.run(git + ['commit', '-q', '-m', 'Linux 6.1 (Debian)'],
                   **quiet)
    base = subprocess.run(['git', 'rev-parse', 'HEAD'], cwd=tree, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.strip()
    return tree, base


# Events that move pages: not ret_param (returns a parameter), not store
# (keeps a pointer parameter somewhere), which most functions have.
PAGE_EVENTS = ('fill', 'release', 'ret', 'ret_elem')


def db_functions(db, file=None, kinds=None):
    """Functions the pincheck database records (of one file's run; with
    events of these kinds)."""
    import sqlite3
    con = sqlite3.connect(db)
    sql, args = 'SELECT DISTINCT fn FROM fn_event WHERE 1', []
    if file:
        sql, args = sql + ' AND file = ?', args + [file]
    if kinds:
        sql += ' AND kind IN (%s)' % ','.join('?' * len(kinds))
        args += list(kinds)
    names = sorted(r[0] for r in con.execute(sql, args))
    con.close()
    return names


def db_struct_tags(db):
    """The structs whose members the database records facts for."""
    import sqlite3
    con = sqlite3.connect(db)
    tags = sorted({r[0].split('.')[0] for r in
                   con.execute('SELECT DISTINCT member FROM member_fact')})
    con.close()
    return tags


def callers(tree, names, within=None):
    """Tree-relative .c files that call one of names (sorted)."""
    if not names:
        return []
    pattern = r'\b(%s)\s*\(' % '|'.join(map(re.escape, names))
    return [f for f in grep_files(tree, pattern)
            if within is None or f in within]
