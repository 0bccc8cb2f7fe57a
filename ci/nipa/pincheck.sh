#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# NIPA-style patch test (netdev's CI: tests/patch/<name>/<name>.sh): run in
# the tree with the patch applied as HEAD; one line of description to
# $DESC_FD; exit 0 pass, 1 fail, 250 warning (pincheck could not run).
# Needs PINCHECK=/path/to/pincheck and a configured tree.
: "${PINCHECK:?set PINCHECK to the pincheck directory}"
DESC_FD=${DESC_FD:-1}
out=$("$PINCHECK/scripts/pincheck-ci" HEAD~1..HEAD 2>/tmp/pincheck-nipa.$$)
rc=$?
summary=$(tail -n 1 /tmp/pincheck-nipa.$$)
rm -f /tmp/pincheck-nipa.$$
case $rc in
0) echo "pincheck: no new pin/put mismatch" >&"$DESC_FD"; exit 0 ;;
1) echo "$out"
   echo "pincheck: $(echo "$out" | grep -c ': warning: ') new finding(s)" >&"$DESC_FD"
   exit 1 ;;
*) echo "pincheck could not run: $summary" >&"$DESC_FD"; exit 250 ;;
esac
