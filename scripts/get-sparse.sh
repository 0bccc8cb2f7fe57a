#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# get-sparse.sh DIR - put a sparse 0.6.4 source tree with a built
# libsparse.a at DIR.  Debian ships sparse's programs but not its library,
# so the source comes from Debian's source package (`apt-get source sparse`,
# which needs a deb-src entry: scripts/install-deps.sh adds one), or from
# SPARSE_SRC when the user already has a sparse tree.
set -eu

dest=${1:?usage: get-sparse.sh DIR}

if [ -n "${SPARSE_SRC:-}" ]; then
	if [ ! -f "$SPARSE_SRC/linearize.h" ]; then
		echo "get-sparse: SPARSE_SRC=$SPARSE_SRC is not a sparse source tree" >&2
		exit 1
	fi
	src=$SPARSE_SRC
else
	src=$dest
	if [ ! -f "$dest/linearize.h" ]; then
		tmp=$(mktemp -d)
		trap 'rm -rf "$tmp"' EXIT
		if ! (cd "$tmp" && apt-get source -qq sparse >/dev/null 2>&1); then
			echo "get-sparse: 'apt-get source sparse' failed." >&2
			echo "get-sparse: run scripts/install-deps.sh as root (adds deb-src)," >&2
			echo "get-sparse: or point SPARSE_SRC= at a sparse 0.6.4 tree." >&2
			exit 1
		fi
		rm -rf "$dest"
		mkdir -p "$(dirname "$dest")"
		mv "$tmp"/sparse-*/ "$dest"
	fi
fi

ver=$(sed -n 's/^VERSION=//p;s/^VERSION := //p' "$src/Makefile" 2>/dev/null | head -n1)
case "$ver" in
0.6.4*|"") ;;
*) echo "get-sparse: warning: sparse $ver, pincheck is written for 0.6.4" >&2 ;;
esac
make -s -C "$src" libsparse.a >/dev/null
