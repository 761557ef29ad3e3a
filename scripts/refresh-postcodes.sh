#!/usr/bin/env bash
# Regenerates the charter's postcode base (ejb/src/main/resources/fr/imprimfip/charter/postcodes.txt.gz) from the
# npm package codes-postaux. Needs npm and node.
# Usage: scripts/refresh-postcodes.sh [VERSION]     (default: the latest version; record it in POSTCODES.md)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
target="$repo/ejb/src/main/resources/fr/imprimfip/charter/postcodes.txt.gz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "codes-postaux@${1:-latest}" >/dev/null && tar xzf codes-postaux-*.tgz)
version=$(node -p "require('$work/package/package.json').version")
license=$(node -p "require('$work/package/package.json').license")
[ "$license" = MIT ] || { echo "codes-postaux@$version is now licensed $license: check it before use" >&2; exit 1; }

node "$repo/scripts/compact-postcodes.js" "$work/package" "$version" "$(date -u +%Y-%m-%d)" | gzip -9 -n > "$work/postcodes.txt.gz"
mv "$work/postcodes.txt.gz" "$target"
echo "codes-postaux@$version -> $target: $(zcat "$target" | grep -vc '^#') postcodes, $(stat -c %s "$target") bytes"
