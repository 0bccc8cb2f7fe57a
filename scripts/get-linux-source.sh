#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# get-linux-source.sh VERSION - put Debian's linux-source-VERSION tarball
# at /usr/src/linux-source-VERSION.tar.xz without touching the system's
# packages.
#
# 6.1 and 6.12 are bookworm's own packages (bookworm-security): apt-get
# installs them.  Newer kernels are in trixie-backports, whose packages
# must never upgrade a bookworm system: the package is fetched with a
# private apt configuration (its own sources list, package lists and
# cache under $PINCHECK_CACHE/apt-VERSION, the system's untouched),
# `apt-get download`, and unpacked with `dpkg-deb -x`; only the tarball
# is copied to /usr/src.  The mirror is the one the system already uses
# for bookworm.  Safe to run again: a tarball already there is kept.
set -eu

ver=${1:?usage: get-linux-source.sh VERSION}
tarball=/usr/src/linux-source-$ver.tar.xz
cache=${PINCHECK_CACHE:-/var/tmp/pincheck}

[ -f "$tarball" ] && exit 0
if [ "$(id -u)" != 0 ]; then
	echo "get-linux-source: $tarball missing; run as root to fetch it" >&2
	exit 1
fi

case "$ver" in
6.1|6.12)
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends "linux-source-$ver"
	exit 0
	;;
esac

# The Debian mirror of the system's bookworm entry (deb822 or one-line).
mirror=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' |
	 awk '$2 == "bookworm" { print $1; exit }')
if [ -z "$mirror" ]; then
	echo "get-linux-source: no bookworm entry in apt's sources (run apt-get update)" >&2
	exit 1
fi

dir=$cache/apt-$ver
rm -rf "$dir"
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/deb"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]" \
     "$mirror trixie-backports main" >"$dir/sources.list"
apt_private() {
	apt-get -qq -o Dir::Etc::SourceList="$dir/sources.list" \
		-o Dir::Etc::SourceParts=/nonexistent \
		-o Dir::State::Lists="$dir/lists" \
		-o Dir::Cache="$dir/cache" \
		-o APT::Sandbox::User=root "$@"
}

echo "get-linux-source: fetching linux-source-$ver from trixie-backports" >&2
if ! apt_private update ||
   ! (cd "$dir/deb" && apt_private download "linux-source-$ver"); then
	echo "get-linux-source: could not download linux-source-$ver" >&2
	rm -rf "$dir"
	exit 1
fi
dpkg-deb -x "$dir"/deb/linux-source-"$ver"_*.deb "$dir/root"
src=$(ls "$dir"/root/usr/src/linux-source-"$ver".tar.* | head -n1)
cp "$src" "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
rm -rf "$dir"
