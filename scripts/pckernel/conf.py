# SPDX-License-Identifier: GPL-2.0
"""Where the project's files and programs are, and the kernel version."""
import os
import tempfile

# Where the project's files are: the checkout, or, installed (make
# install), PREFIX/share/pincheck, with the commands in PREFIX/bin and the
# clang-tidy module in PREFIX/lib/pincheck.  Found from this file's own
# place, scripts/pckernel/ (symlinks followed), so that a DESTDIR staging
# works too.
TOP = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.realpath(__file__))))
INSTALLED = not os.path.isdir(os.path.join(TOP, 'checker'))
PREFIX = os.path.dirname(os.path.dirname(TOP)) if INSTALLED else None
# $PINCHECK: another build to run (as tests/run-tests takes it)
PINCHECK = os.environ.get('PINCHECK') or (
    os.path.join(PREFIX, 'bin', 'pincheck') if INSTALLED else
    os.path.join(TOP, 'checker', 'pincheck'))
PATCHES = os.path.join(TOP, 'patches')
RULES = os.path.join(TOP, 'semantic-patches')

# The kernel the kernel targets and tests run on: Debian's
# linux-source-$KVER (6.1 by default; 6.12, 7.2), scripts/kernel-tree.
KVER = os.environ.get('KVER') or '6.1'


def tarball(kver=None):
    """Debian's source tarball of a kernel version (default KVER)."""
    return '/usr/src/linux-source-%s.tar.xz' % (kver or KVER)


# The reference conversion (patches/) is on 6.1, whatever KVER says.
TARBALL = tarball('6.1')

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


def json_args(program):
    """--format=json for our checkers (pincheck, pincheck-clang, and the
    programs tests put in their place), nothing for another (sparse)."""
    return ['--format=json'] if \
        os.path.basename(program.split()[0]).startswith('pincheck') else []


def tempdir(prefix):
    return tempfile.mkdtemp(prefix=prefix)
