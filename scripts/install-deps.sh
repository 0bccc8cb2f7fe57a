#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Install what pincheck needs on a Debian (bookworm) machine: a compiler,
# the sparse source package (Debian ships no libsparse), the kernel sources
# the integration tests run on (6.1 and 6.12 from bookworm, 7.2 from
# trixie-backports through scripts/get-linux-source.sh, which leaves the
# system's packages alone; KVER= one more), and the kernel's own build
# dependencies.
# Safe to run again: it only installs what is missing.
set -eu

need_root() {
	if [ "$(id -u)" != 0 ]; then
		echo "install-deps: run as root (apt-get install)" >&2
		exit 1
	fi
}

# Debian's sources file lists only binary packages; `apt-get source sparse`
# needs a deb-src entry for the same suites.  Returns 0 when it added one.
add_deb_src() {
	local f=/etc/apt/sources.list.d/pincheck-src.sources

	if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ ||
	   grep -qs '^deb-src' /etc/apt/sources.list; then
		return 1
	fi
	cat >"$f" <<'EOT'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOT
}

# The package lists for sources are there once apt-get update has run.
have_source_lists() {
	ls /var/lib/apt/lists/*_Sources* >/dev/null 2>&1
}

PKGS="build-essential dpkg-dev flex bison bc libelf-dev libssl-dev cpio
      kmod rsync python3 linux-source-6.1 libsqlite3-dev xz-utils sparse
      coccinelle qemu-system-x86 busybox-static e2fsprogs
      python3-jsonschema python3-rfc3987
      clang-16 lld-16 llvm-16 llvm-16-dev libclang-16-dev libclang-cpp16-dev
      clang-tidy-16 debhelper lintian"

missing() {
	local p out=
	for p in $PKGS "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
			grep -q 'install ok installed' || out="$out $p"
	done
	echo "$out"
}

# Linux 7.x builds with LLVM 17 or later only: clang 19 for KVER=7.x.
case "${KVER:-6.1}" in
7.*) PKGS="$PKGS clang-19 lld-19 llvm-19 llvm-19-dev libclang-19-dev
	   libclang-cpp19-dev clang-tidy-19" ;;
esac

main() {
	local todo

	need_root
	todo=$(missing "$@")
	if add_deb_src || ! have_source_lists || [ -n "$todo" ]; then
		apt-get update -qq
	fi
	if [ -n "$todo" ]; then
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends $todo
	fi
	# the kernels the tests run on besides 6.1, and the one KVER= asks for
	"$(dirname "$0")/get-linux-source.sh" 6.12
	"$(dirname "$0")/get-linux-source.sh" 7.2
	"$(dirname "$0")/get-linux-source.sh" "${KVER:-6.1}"
}

main "$@"
