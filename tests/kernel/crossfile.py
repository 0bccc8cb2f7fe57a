# SPDX-License-Identifier: GPL-2.0
"""The kernel test's cross-file part: pincheck --db over the real tree.

The database is built as a user builds it: two kbuild passes (make C=2
CHECK="pincheck --db=...") over the pin-using files and the files that
call the functions the first pass recorded.  A mutant that pincheck misses
in its own file is then tried again with the database, as a patch would
be checked: the mutated file is checked first (it records its new rows in
a copy of the database, and may itself report), then the files that call
its functions.  Caught means a finding at the mutated line, or one in a
caller that names it ("with put_page() at file.c:98").
"""
import os
import shutil

from pckernel import conf, database, kbuild, output, trees
from mutants import FORWARD, mutants


def _kbuild(tree, files, db, logdir):
    """kbuild runs pincheck --db=db on files; returns its findings."""
    _, _, out = kbuild.kbuild_check(tree, files, conf.PINCHECK, logdir,
                                    extra=['--db=' + db])
    return [f for f in output.findings(out) if output.is_pincheck_finding(f)]


def build(tree, files, db, logdir):
    """Two passes; returns (files in the database's set, pass-2 findings).

    The first pass records the pin-using files, then the files that call
    what they recorded; the second checks them all with every row there.
    """
    _kbuild(tree, files, db, logdir)
    more = [f for f in trees.callers(tree, database.db_functions(db))
            if f not in files]
    _kbuild(tree, more, db, logdir)
    dbset = sorted(set(files) | set(more))
    return dbset, _kbuild(tree, dbset, db, logdir)


def retry(tree, db, dbset, logdir, src, line, new):
    """Whether the mutant of src at line is caught with the database."""
    path = os.path.join(tree, src)
    with open(path) as f:
        text = f.read()
    mtext = next((m for ln, _, nw, m in mutants(text, FORWARD)
                  if ln == line and nw == new), None)
    if not mtext:
        return False
    copy = db + '.mutant'
    shutil.copy(db, copy)
    backup = os.path.join(os.path.dirname(path),
                          '.pincheck-orig-' + os.path.basename(path))
    shutil.copy(path, backup)
    try:
        with open(path, 'w') as f:
            f.write(mtext)
        for f in _kbuild(tree, [src], copy, logdir):
            if f['file'] == src and int(f['line']) == line:
                return True
        mine = database.db_functions(copy, os.path.realpath(path))
        others = [c for c in trees.callers(tree, mine, dbset) if c != src]
        return any((f.get('release') or {}).get('file') == src and
                   f['release'].get('line') == line
                   for f in _kbuild(tree, others, copy, logdir))
    finally:
        shutil.move(backup, path)
        os.unlink(copy)

