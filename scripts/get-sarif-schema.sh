#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# get-sarif-schema.sh DIR - put the official SARIF 2.1.0 JSON schema
# (OASIS, draft-07) in DIR/sarif-schema-2.1.0.json, for the tests that
# validate pincheck-ci's SARIF.  No Debian package ships it; the npm
# registry does, inside @datadog/datadog-ci 2.48.0 (Apache-2.0), fetched
# with `npm pack` and checked against its known digest.
set -eu

dir=${1:?usage: get-sarif-schema.sh DIR}
out=$dir/sarif-schema-2.1.0.json
pkg=@datadog/datadog-ci@2.48.0
member=package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json
sha=10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454

[ -f "$out" ] && echo "$sha  $out" | sha256sum -c --quiet - && exit 0
command -v npm >/dev/null || { echo "get-sarif-schema: npm missing" >&2; exit 1; }
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg" >/dev/null)
tar -xzf "$tmp"/*.tgz -C "$tmp" "$member"
echo "$sha  $tmp/$member" | sha256sum -c --quiet -
mv "$tmp/$member" "$out"
