// SPDX-License-Identifier: GPL-2.0
/*
 * An option neither pincheck nor sparse knows, with two dashes (gcc's
 * single-dash options are ignored, as sparse ignores them).
 */
/*
 * check-name: unknown option
 * check-command: pincheck --frobnicate -fno-strict-overflow $file
 * check-exit-value: 1
 *
 * check-error-start
pincheck: unknown option '--frobnicate' (see pincheck --help)
 * check-error-end
 */
