// SPDX-License-Identifier: GPL-2.0
/* A model file naming an iterator kind that does not exist. */
int x;

/*
 * check-name: an unknown iterator kind in a model file
 * check-command: pincheck --model=bad-kinds.model $file
 * check-exit-value: 1
 *
 * check-error-start
bad-kinds.model:3: error: kinds must be UBUF, IOVEC, KVEC, BVEC, XARRAY, FOLIOQ, DISCARD, PIPE or USER, joined by '|'
 * check-error-end
 */
