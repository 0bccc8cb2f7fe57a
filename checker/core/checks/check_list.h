/* SPDX-License-Identifier: GPL-2.0 */
/*
 * core/checks/check_list.h - every check, once, as smatch lists its own:
 *
 *	CHECK(enumerator, id, registration function)
 *
 * A check is one file of this folder: its registration function
 * subscribes to the engine's events (core/check.h) and it words its
 * findings under its id (core/words.h).  A new check is that file, a
 * line here, and its fixtures (tests/checker/: one that must warn, one
 * that must stay silent, for every shape).  The order is the order in
 * which the checks hear of each event.
 */
CHECK(PC_COND_PIN, "pincheck-cond-pin", register_cond_pin)
CHECK(PC_WRONG_RELEASE, "pincheck-wrong-release", register_wrong_release)
CHECK(PC_PARTIAL_PIN, "pincheck-partial-pin", register_partial_pin)
CHECK(PC_PIN_LEAK, "pincheck-pin-leak", register_pin_leak)
CHECK(PC_PIN_COUNT, "pincheck-pin-count", register_pin_count)
CHECK(PC_OVER_RELEASE, "pincheck-over-release", register_over_release)
