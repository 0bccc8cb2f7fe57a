// SPDX-License-Identifier: GPL-2.0
/* A --model file that cannot be read. */
/*
 * check-name: unreadable model file
 * check-command: pincheck --model=no-such.model $file
 * check-exit-value: 1
 *
 * check-error-start
pincheck: cannot read model file 'no-such.model': No such file or directory
 * check-error-end
 */
