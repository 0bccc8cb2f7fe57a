// SPDX-License-Identifier: GPL-2.0
/* --db names a file that is not a SQLite database: say so, exit 1. */
/*
 * check-name: --db on a file that is not a database
 * check-command: pincheck --db=malformed.model $file
 * check-exit-value: 1
 *
 * check-error-start
pincheck: --db=malformed.model: not a pincheck database: file is not a database
 * check-error-end
 */
