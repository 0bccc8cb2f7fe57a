# SPDX-License-Identifier: GPL-2.0
"""Running pincheck on a real kernel tree through kbuild.

Shared by scripts/pincheck-kernel (the demo), tests/kernel/run (the
integration test) and scripts/bench (the benchmark).
"""
import contextlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

# Where the project's files are: the checkout, or, installed (make
# install), PREFIX/share/pincheck, with the commands in PREFIX/bin and the
# clang-tidy module in PREFIX/lib/pincheck.  Found from this file's own
# place (symlinks followed), so that a DESTDIR staging works too.
TOP = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
INSTALLED = not os.path.isdir(os.path.join(TOP, 'checker'))
PREFIX = os.path.dirname(os.path.dirname(TOP)) if INSTALLED else None
# $PINCHECK: another build to run (as tests/run-tests takes it)
PINCHECK = os.environ.get('PINCHECK') or (
    os.path.join(PREFIX, 'bin', 'pincheck') if INSTALLED else
    os.path.join(TOP, 'checker', 'pincheck'))

# The kernel the kernel targets and tests run on: Debian's
# linux-source-$KVER (6.1 by default; 7.2), scripts/kernel-tree.
KVER = os.environ.get('KVER') or '6.1'


def tarball(kver=None):
    """Debian's source tarball of a kernel version (default KVER)."""
    return '/usr/src/linux-source-%s.tar.xz' % (kver or KVER)

# The 6.1 files that use the FOLL_PIN API (mm/gup.c defines it).
PIN_USERS = r'\b(un)?pin_user_page'
# ... and the FOLL_GET API, for reverse mutants.
GET_USERS = (r'\b(get_user_pages(_fast|_remote|_unlocked|_fast_only)?'
             r'|iov_iter_get_pages(_alloc)?2?)\s*\(')
# ... and iov_iter_extract_pages() (since 6.3), whose pins are conditional.
EXTRACT_USERS = r'\biov_iter_extract_pages\s*\('
EXCLUDE = ('mm/gup.c',)
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


def json_args(program):
    """--format=json for our checkers (pincheck, pincheck-clang, and the
    programs tests put in their place), nothing for another (sparse)."""
    return ['--format=json'] if \
        os.path.basename(program.split()[0]).startswith('pincheck') else []


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
    """A CHECK program that records its command line, then runs check
    (with --format=json when it is ours: json_args())."""
    check = ' '.join([check] + json_args(check))
    path = os.path.join(logdir, 'check-wrapper')
    with open(path, 'w') as f:
        f.write('#!/bin/sh\n'
                'for a in "$@"; do last=$a; done\n'
                'name=$(echo "$last" | tr / _)\n'
                'printf "%%s\\0" "$@" > %s/"$name".cmd\n'
                'exec %s "$@"\n' % (shlex.quote(logdir), check))
    os.chmod(path, 0o755)
    return path


def kbuild_check(tree, files, check, logdir, jobs=2, extra=None,
                 make_args=(), progress=None):
    """Run `make -k C=2 CHECK=...` on files' objects.

    Returns (checked, failed, output): the files kbuild ran the checker
    on, those it could not build (not x86, or not in allmodconfig), and
    everything make printed.  The checker's command lines are recorded in
    logdir, for recorded_command().  make_args go on make's command line
    (LLVM=-16 for an LLVM tree).  progress, a label, shows the files
    done and the findings so far on a terminal (progress.py).
    """
    if not files:       # make with no target would build the whole tree
        return [], [], ''
    wrapper = _wrapper(logdir, ' '.join([check] +
                                        list(map(shlex.quote, extra or ()))))
    objs = [f[:-2] + '.o' for f in files]
    cmd = ['make', '-k', '-j%d' % jobs] + list(make_args) + \
        ['C=2', 'CHECK=' + wrapper] + objs
    if progress:
        out = _make_showing(tree, cmd, files, logdir, progress)
    else:
        out = subprocess.run(cmd, cwd=tree, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True).stdout
    checked = [f for f in files if os.path.exists(_cmdfile(logdir, f))]
    failed = [f for f in files if f not in checked]
    return checked, failed, out


def _make_showing(tree, cmd, files, logdir, label):
    """make's output, its progress shown meanwhile: a file is done when
    the checker has started on it (its command line recorded) since the
    run began, a finding when a JSON finding is printed."""
    import threading
    import time
    from progress import Progress
    start = time.time()
    show = Progress(label, len(files))
    proc = subprocess.Popen(cmd, cwd=tree, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines, found = [], [0]

    def read():
        for line in proc.stdout:
            lines.append(line)
            if line.startswith('{') and '"severity":"warning"' in line:
                found[0] += 1

    reader = threading.Thread(target=read)
    reader.start()

    def done():
        n = 0
        for f in files:
            try:
                n += os.stat(_cmdfile(logdir, f)).st_mtime >= start - 1
            except OSError:
                pass
        return n

    while proc.poll() is None:
        time.sleep(0.5)
        show.update(done(), found[0] - show.found)
    reader.join()
    show.end()
    return ''.join(lines)


_MARK = []


def _marker():
    """A CHECK program that does nothing and says nothing.  It must exist
    and run: since 6.14 kbuild runs the checker on a test file first
    (scripts/checker-valid.sh) and turns C=2 off, with only a warning,
    when that fails or prints "error"."""
    if not _MARK:
        path = os.path.join(tempdir('pincheck-marker-'),
                            'pincheck-command-marker')
        with open(path, 'w') as f:
            f.write('#!/bin/sh\nexit 0\n')
        os.chmod(path, 0o755)
        _MARK.append(path)
    return _MARK[0]


def checker_commands(tree, files, arch_vars=()):
    """kbuild's checker argument lists for files, nothing compiled.

    `make -n C=2` prints the commands it would run, the checker's among
    them (CHECKFLAGS, the file's c_flags, the file): a few seconds for any
    number of files, where building the objects takes minutes on a cold
    allmodconfig tree.  Files kbuild would not build are left out.
    Returns {file: [args]}.
    """
    if not files:
        return {}
    want = set(files)
    return {f: a for f, a in
            make_n_commands(tree, [f[:-2] + '.o' for f in files],
                            arch_vars).items() if f in want}


def make_n_commands(tree, targets, arch_vars=()):
    """{file: [args]} of the checker commands `make -n C=2 targets` prints:
    objects, or directories (dir/: the objects the configuration builds
    there)."""
    mark = _marker()
    res = subprocess.run(['make', '-n', '-k', '-j2', 'C=2', 'CHECK=' + mark] +
                         list(arch_vars) + list(targets), cwd=tree,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                         text=True)
    out = {}
    for line in res.stdout.splitlines():
        i = line.find(mark + ' ')
        if i < 0:
            continue
        args = shlex.split(line[i + len(mark):])
        if args and args[-1].endswith('.c'):
            out[args[-1]] = args
    return out


def check_direct(tree, files, program, extra=(), jobs=2, cache=None,
                 progress=None):
    """Like kbuild_check(), without compiling: the checker runs with the
    command lines checker_commands() finds, jobs at a time.  A file whose
    check cannot find a header kbuild generates while building goes
    through kbuild_check().  cache, a dict, keeps the command lines for
    the next call (the same tree, its build files unchanged).  progress,
    a label, shows the files done on a terminal.  Returns (checked,
    failed, output)."""
    from concurrent.futures import ThreadPoolExecutor
    if cache is None:
        cache = {}
    todo = [f for f in files if f not in cache]
    if todo:
        cache.update(checker_commands(tree, todo))
        cache.update((f, None) for f in todo if f not in cache)
    cmds = {f: cache[f] for f in files if cache.get(f)}
    order = [f for f in files if f in cmds]

    def one(src):
        return run_recorded(tree, cmds[src], program=program, extra=extra)

    from progress import Progress
    show = Progress(progress or '', len(order) if progress else 0)

    def counted(src):
        res = one(src)
        show.advance(sum(1 for f in findings(res[1])
                         if is_pincheck_finding(f)))
        return res

    with ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(counted, order))
    show.end()
    out, retry = [], []
    for src, (_, err) in zip(order, results):
        other_arch = src.startswith('arch/') and \
            not src.startswith('arch/x86/')
        if 'unable to open' in err and other_arch:
            cmds.pop(src)           # another architecture's file
        elif 'unable to open' in err:
            retry.append(src)
        else:
            out.append(err)
    checked = [f for f in order if f not in retry and f in cmds]
    failed = [f for f in files if f not in cmds]
    if retry:
        logdir = tempdir('pincheck-kbuild-')
        more, bad, text = kbuild_check(tree, retry, program, logdir, jobs,
                                       extra=list(extra))
        checked += more
        failed += bad
        out.append(text)
    return checked, failed, ''.join(out)


def _cmdfile(logdir, src):
    return os.path.join(logdir, src.replace('/', '_') + '.cmd')


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


def recorded_command(logdir, src):
    """kbuild's checker arguments for src (without the program)."""
    with open(_cmdfile(logdir, src), 'rb') as f:
        return [a.decode() for a in f.read().split(b'\0')[:-1]]


def run_recorded(tree, args, src=None, program=PINCHECK, extra=()):
    """Run program with kbuild's arguments; src replaces the source file.
    Returns (exit status, its standard error then its standard output:
    the JSON findings)."""
    if src is not None:
        args = args[:-1] + [src]
    res = subprocess.run([program] + json_args(program) + list(extra) + args,
                         cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, errors='replace')
    return res.returncode, res.stderr + res.stdout


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


def finding_line(f):
    """A finding as the checker's text prints it."""
    return '%s:%s:%s: %s: %s [%s]' % (f['file'], f['line'], f['col'],
                                       f.get('kind', 'warning'), f['msg'],
                                       f['check'])


def log(msg):
    print(msg, flush=True)


def warn(msg):
    print(msg, file=sys.stderr, flush=True)


def tempdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)


PATCHES = os.path.join(TOP, 'patches')
# The reference conversion (patches/) is on 6.1, whatever KVER says.
TARBALL = tarball('6.1')


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
    # no background "git gc --auto": it would race the next rm -rf
    subprocess.run(['git', 'config', 'gc.auto', '0'], **quiet)
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


# pincheck-clang (checker/clang/) on a tree configured with LLVM=-16:
# scripts/pincheck-clang-kernel, tests/kernel/clang-run, scripts/bench-clang.
# Linux 7.x needs LLVM 17.0.1 or later: bookworm's clang 19 builds it, and
# pincheck-clang built against clang 19 (make -C checker/clang
# LLVM_VERSION=19, in build/clang-19/) reads its compile commands.
LLVM_VERSION = '19' if int(KVER.split('.')[0]) >= 7 else '16'
LLVM = 'LLVM=-' + LLVM_VERSION
CLANG_DIR = os.path.join(TOP, 'checker', 'clang') if LLVM_VERSION == '16' \
    else os.path.join(TOP, 'build', 'clang-' + LLVM_VERSION)
PINCHECK_CLANG = os.path.join(PREFIX, 'bin', 'pincheck-clang') \
    if INSTALLED else os.path.join(CLANG_DIR, 'pincheck-clang')
PINCHECK_TIDY = os.path.join(CLANG_DIR, 'pincheck-tidy.so')
CLANG_TIDY = 'clang-tidy-' + LLVM_VERSION
LLVM_TREE = 'linux-source-%s-llvm' % KVER


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
    log = log or warn
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
    tree = os.path.join(cache, LLVM_TREE)
    stamp = os.path.join(tree, '.pincheck-prepared')
    if os.path.isfile(stamp):
        restore_originals(tree)
        return tree
    src = tarball()
    if not os.path.isfile(src):
        raise TreeError('%s missing: run scripts/install-deps.sh as root'
                        % src)
    tmp = tree + '.tmp'
    subprocess.run(['rm', '-rf', tree, tmp], check=True)
    os.makedirs(tmp)
    log('llvm-tree: extracting %s into %s' % (src, tree))
    try:
        subprocess.run(['tar', '-C', tmp, '-xf', src], check=True)
        os.rename(os.path.join(tmp, 'linux-source-' + KVER), tree)
        os.rmdir(tmp)
        log('llvm-tree: make %s allmodconfig prepare (x86_64)' % LLVM)
        for target in ('allmodconfig', 'prepare'):
            subprocess.run(['make', '-s', '-j%d' % min(2, os.cpu_count() or 1),
                            LLVM, target], cwd=tree, check=True,
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


def _objcmd(tree, src):
    d, base = os.path.split(src)
    return os.path.join(tree, d, '.' + base[:-2] + '.o.cmd')


def llvm_build(tree, files, jobs=2):
    """`make -k LLVM=-16 file.o ...`: returns (built, failed, output).

    A file is built when kbuild wrote its object's .cmd file (what
    gen_compile_commands.py reads); the others do not build for this
    configuration (another architecture's, or broken in allmodconfig).
    """
    if not files:       # make with no target would build the whole tree
        return [], [], ''
    objs = [f[:-2] + '.o' for f in files]
    res = subprocess.run(['make', '-k', '-j%d' % jobs, LLVM] + objs,
                         cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    built = [f for f in files if os.path.exists(_objcmd(tree, f)) and
             os.path.exists(os.path.join(tree, f[:-2] + '.o'))]
    return built, [f for f in files if f not in built], res.stdout


def compile_db(tree):
    """The tree's compile_commands.json, written by the kernel's own
    scripts/clang-tools/gen_compile_commands.py from the .cmd files of the
    objects built so far.  Returns its path; raises TreeError."""
    tmp = 'compile_commands.json.%d' % os.getpid()
    res = subprocess.run([sys.executable,
                          'scripts/clang-tools/gen_compile_commands.py',
                          '-d', '.', '-o', tmp],
                         cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    path = os.path.join(tree, 'compile_commands.json')
    if res.returncode != 0 or not os.path.isfile(os.path.join(tree, tmp)):
        raise TreeError('gen_compile_commands.py failed: %s'
                        % res.stdout.strip())
    # whole, for a run reading it meanwhile
    os.replace(os.path.join(tree, tmp), path)
    return path


def compile_entries(tree):
    """{tree-relative source: entry} of the tree's compile_commands.json."""
    with open(os.path.join(tree, 'compile_commands.json')) as f:
        db = json.load(f)
    out = {}
    for e in db:
        path = os.path.join(e.get('directory', tree), e['file'])
        out[os.path.relpath(os.path.realpath(path),
                            os.path.realpath(tree))] = e
    return out


def mutant_db(entry, tree, src, tmp, dbdir):
    """A one-entry compilation database in dbdir for tmp (a copy of src
    beside it): src's entry with tmp in place of src."""
    e = dict(entry)
    absrc = os.path.join(tree, src)
    abtmp = os.path.join(tree, tmp)
    if 'arguments' in e:
        e['arguments'] = [abtmp if a in (src, absrc) else a
                          for a in e['arguments']]
    else:
        e['command'] = ' '.join(
            shlex.quote(abtmp) if a in (src, absrc) else shlex.quote(a)
            for a in shlex.split(e['command']))
    e['file'] = abtmp
    os.makedirs(dbdir, exist_ok=True)
    with open(os.path.join(dbdir, 'compile_commands.json'), 'w') as f:
        json.dump([e], f, indent=1)
    return dbdir


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


def run_clang(tree, files, dbdir=None, program=PINCHECK_CLANG, extra=(),
              timeout=None):
    """pincheck-clang -p dbdir (default tree) files, from the tree's top:
    (exit status, standard error then standard output: its JSON)."""
    res = subprocess.run([program] + json_args(program) + list(extra) +
                         ['-p', dbdir or tree] + list(files), cwd=tree,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, errors='replace', timeout=timeout)
    return res.returncode, res.stderr + res.stdout


def run_tidy(tree, files, dbdir=None, module=PINCHECK_TIDY, timeout=None,
             headers=False):
    """clang-tidy-16 with the pincheck module on files: (exit status,
    standard output and error).  headers: findings in headers too
    (--header-filter=.*; clang-tidy shows the main file's by default)."""
    res = subprocess.run([CLANG_TIDY, '--quiet', '--load=' + module,
                          '--checks=-*,pincheck-*', '-p', dbdir or tree] +
                         (['--header-filter=.*'] if headers else []) +
                         list(files), cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True,
                         errors='replace', timeout=timeout)
    return res.returncode, res.stdout
