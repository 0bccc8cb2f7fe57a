# SPDX-License-Identifier: GPL-2.0
"""pincheck run on kernel files as kbuild runs it: through make C=2,
or with the command lines make -n C=2 prints.
"""
import os
import shlex
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from pckernel import conf, output, ui


def _wrapper(logdir, check):
    """A CHECK program that records its command line, then runs check
    (with --format=json when it is ours: json_args())."""
    check = ' '.join([check] + conf.json_args(check))
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
    done and the findings so far on a terminal (ui.Progress).
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
    start = time.time()
    show = ui.Progress(label, len(files))
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
        path = os.path.join(conf.tempdir('pincheck-marker-'),
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

    show = ui.Progress(progress or '', len(order) if progress else 0)

    def counted(src):
        res = one(src)
        show.advance(sum(1 for f in output.findings(res[1])
                         if output.is_pincheck_finding(f)))
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
        logdir = conf.tempdir('pincheck-kbuild-')
        more, bad, text = kbuild_check(tree, retry, program, logdir, jobs,
                                       extra=list(extra))
        checked += more
        failed += bad
        out.append(text)
    return checked, failed, ''.join(out)


def _cmdfile(logdir, src):
    return os.path.join(logdir, src.replace('/', '_') + '.cmd')


def recorded_command(logdir, src):
    """kbuild's checker arguments for src (without the program)."""
    with open(_cmdfile(logdir, src), 'rb') as f:
        return [a.decode() for a in f.read().split(b'\0')[:-1]]


def run_recorded(tree, args, src=None, program=conf.PINCHECK, extra=()):
    """Run program with kbuild's arguments; src replaces the source file.
    Returns (exit status, its standard error then its standard output:
    the JSON findings)."""
    if src is not None:
        args = args[:-1] + [src]
    res = subprocess.run([program] + conf.json_args(program) + list(extra) +
                         args, cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, errors='replace')
    return res.returncode, res.stderr + res.stdout
