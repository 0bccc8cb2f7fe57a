# SPDX-License-Identifier: GPL-2.0
"""pincheck-clang and clang-tidy's module on an LLVM-configured tree:
its objects built, its compilation database, the runs.
"""
import json
import os
import shlex
import subprocess
import sys

from pckernel import conf, trees


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
    res = subprocess.run(['make', '-k', '-j%d' % jobs, conf.LLVM] + objs,
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
        raise trees.TreeError('gen_compile_commands.py failed: %s'
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


def run_clang(tree, files, dbdir=None, program=conf.PINCHECK_CLANG, extra=(),
              timeout=None):
    """pincheck-clang -p dbdir (default tree) files, from the tree's top:
    (exit status, standard error then standard output: its JSON)."""
    res = subprocess.run([program] + conf.json_args(program) + list(extra) +
                         ['-p', dbdir or tree] + list(files), cwd=tree,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, errors='replace', timeout=timeout)
    return res.returncode, res.stderr + res.stdout


def run_tidy(tree, files, dbdir=None, module=conf.PINCHECK_TIDY, timeout=None,
             headers=False):
    """clang-tidy-16 with the pincheck module on files: (exit status,
    standard output and error).  headers: findings in headers too
    (--header-filter=.*; clang-tidy shows the main file's by default)."""
    res = subprocess.run([conf.CLANG_TIDY, '--quiet', '--load=' + module,
                          '--checks=-*,pincheck-*', '-p', dbdir or tree] +
                         (['--header-filter=.*'] if headers else []) +
                         list(files), cwd=tree, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True,
                         errors='replace', timeout=timeout)
    return res.returncode, res.stdout
