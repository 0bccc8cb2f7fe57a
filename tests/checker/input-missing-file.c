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
 *
 * check-clang-differs: the message names pincheck-clang, not pincheck
 * check-clang-error-start
pincheck-clang: no-such-file.c: No such file or directory
 * check-clang-error-end
 */
