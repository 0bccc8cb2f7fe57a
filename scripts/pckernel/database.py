# SPDX-License-Identifier: GPL-2.0
"""What a pincheck --db database (SQLite) records.
"""
import sqlite3

# Events that move pages: not ret_param (returns a parameter), not store
# (keeps a pointer parameter somewhere), which most functions have.
PAGE_EVENTS = ('fill', 'release', 'ret', 'ret_elem')


def db_functions(db, file=None, kinds=None):
    """Functions the pincheck database records (of one file's run; with
    events of these kinds)."""
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
    con = sqlite3.connect(db)
    tags = sorted({r[0].split('.')[0] for r in
                   con.execute('SELECT DISTINCT member FROM member_fact')})
    con.close()
    return tags
