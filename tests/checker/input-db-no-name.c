// SPDX-License-Identifier: GPL-2.0
/* --db= without a file name: say so, exit 1. */
/*
 * check-name: --db= without a file name
 * check-command: pincheck --db= $file
 * check-exit-value: 1
 *
 * check-error-start
pincheck: --db= needs a file name
 * check-error-end
 */
