#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# get-sparse.sh DIR - put a sparse 0.6.4 source tree with a built
# libsparse.a at DIR.  Debian ships sparse's programs but not its library,
# so the source comes from Debian's source package (`apt-get source sparse`,
# which needs a deb-src entry: scripts/install-deps.sh adds one), or from
# SPARSE_SRC when the user already has a sparse tree.
#
# Debian's source gets our patches (sparse-patches/, in the order of its
# series file) so that it parses current kernels; DIR/.pincheck-patches
# records which, and a tree made with other patches is made anew.  A
# SPARSE_SRC tree is the user's: never patched, only checked.
set -eu

dest=${1:?usage: get-sparse.sh DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
patches=$top/sparse-patches

# What the patches are, to know a tree made with other ones.
patch_stamp() {
	(cd "$patches" && sha256sum $(cat series))
}

apply_patches() {
	local p

	for p in $(cat "$patches/series"); do
		if ! patch -s -p1 -N -d "$1" <"$patches/$p"; then
			echo "get-sparse: $p does not apply to Debian's sparse" >&2
			exit 1
		fi
	done
	patch_stamp >"$1/.pincheck-patches"
}

if [ -n "${SPARSE_SRC:-}" ]; then
	if [ ! -f "$SPARSE_SRC/linearize.h" ]; then
		echo "get-sparse: SPARSE_SRC=$SPARSE_SRC is not a sparse source tree" >&2
		exit 1
	fi
	src=$SPARSE_SRC
	if ! grep -qs typeof_unqual "$src/parse.c"; then
		echo "get-sparse: warning: $src has no typeof_unqual(): it cannot parse Linux 6.14 and later" >&2
		echo "get-sparse: (sparse-patches/ has the patches pincheck applies to Debian's sparse)" >&2
	fi
else
	src=$dest
	if [ -f "$dest/linearize.h" ] &&
	   ! patch_stamp | cmp -s - "$dest/.pincheck-patches"; then
		echo "get-sparse: $dest was made with other patches: making it anew" >&2
		rm -rf "$dest"
	fi
	if [ ! -f "$dest/linearize.h" ]; then
		tmp=$(mktemp -d)
		trap 'rm -rf "$tmp"' EXIT
		if ! (cd "$tmp" && apt-get source -qq sparse >/dev/null 2>&1); then
			echo "get-sparse: 'apt-get source sparse' failed." >&2
			echo "get-sparse: run scripts/install-deps.sh as root (adds deb-src)," >&2
			echo "get-sparse: or point SPARSE_SRC= at a sparse 0.6.4 tree." >&2
			exit 1
		fi
		apply_patches "$tmp"/sparse-*/
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
# the library, and sparse itself: scripts/bench times pincheck against it
make -s -C "$src" libsparse.a sparse >/dev/null
