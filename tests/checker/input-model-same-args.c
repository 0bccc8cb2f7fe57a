// SPDX-License-Identifier: GPL-2.0
/* A --model file whose SAME_ARGS line names no release before it. */
/*
 * check-name: SAME_ARGS of no release in a model file
 * check-command: pincheck --model=same-args-orphan.model $file
 * check-exit-value: 1
 *
 * check-error-start
same-args-orphan.model:2: error: SAME_ARGS names no RELEASE before it
 * check-error-end
 */
