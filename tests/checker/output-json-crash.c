// SPDX-License-Identifier: GPL-2.0
/*
 * --format=json: a file sparse crashes on (input-sparse-crash.c: 20,000
 * nested parentheses overflow its parser's stack) is an object of its
 * own, written by the signal handler, besides our line on standard
 * error; the status is 1, not a signal.
 */
/*
 * check-name: --format=json reports a crash in sparse as an unchecked file
 * check-command: pincheck --format=json input-sparse-crash.c
 * check-exit-value: 1
 *
 * check-error-start
pincheck: input-sparse-crash.c: not checked: sparse crashed (SIGSEGV) while parsing it
 * check-error-end
 * check-output-start
{"file":"input-sparse-crash.c","line":0,"column":0,"severity":"error","check":"pincheck-unchecked","message":"not checked: sparse crashed (SIGSEGV) while parsing it"}
 * check-output-end
 */
