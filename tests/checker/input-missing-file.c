// SPDX-License-Identifier: GPL-2.0
/* A file that is not there: a clear message and exit status 1. */
/*
 * check-name: missing input file
 * check-command: pincheck no-such-file.c
 * check-exit-value: 1
 *
 * check-error-start
pincheck: no-such-file.c: No such file or directory
 * check-error-end
 */
