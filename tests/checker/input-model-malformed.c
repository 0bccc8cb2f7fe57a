// SPDX-License-Identifier: GPL-2.0
/* A --model file with a line of the wrong shape: file, line and why. */
/*
 * check-name: malformed model file
 * check-command: pincheck --model=malformed.model $file
 * check-exit-value: 1
 *
 * check-error-start
malformed.model:4: error: shape must be PAGE, ARRAY, ALLOC, BVEC or LIST
 * check-error-end
 */
