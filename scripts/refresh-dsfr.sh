#!/usr/bin/env bash
# Refreshes the assets of the French State's design system (DSFR) vendored in the console, and axe-core vendored in
# the browser tests, from the npm registry: the build then needs only a JDK. Needs npm, on the maintainer's machine
# only. Usage: scripts/refresh-dsfr.sh [dsfr-version [axe-core-version]]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dsfr_version=${1:-1.15.3}
axe_version=${2:-4.14.1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "@gouvfr/dsfr@$dsfr_version" "axe-core@$axe_version" >/dev/null
mkdir dsfr axe
tar xzf gouvfr-dsfr-"$dsfr_version".tgz -C dsfr
tar xzf axe-core-"$axe_version".tgz -C axe

# The console: the minified stylesheet, the Marianne weights it shows (woff2 only: every browser the console
# supports reads it) and the system icons; the stylesheet's other fonts and icons are left out on purpose. The
# recipient pages (module recipient) get a copy of them at build time.
target="$root/console/src/main/webapp/dsfr"
rm -rf "$target"
mkdir -p "$target/fonts" "$target/icons"
cp dsfr/package/dist/dsfr.min.css "$target/"
for weight in Light Regular Medium Bold; do
  cp "dsfr/package/dist/fonts/Marianne-$weight.woff2" "$target/fonts/"
done
cp -r dsfr/package/dist/icons/system "$target/icons/"
cp dsfr/package/LICENSE.md "$target/LICENSE.md"
echo "@gouvfr/dsfr $dsfr_version" > "$target/VERSION"

# The browser tests: axe-core, injected into each page of the console to check its accessibility.
tests="$root/ear/src/test/resources/axe"
rm -rf "$tests"
mkdir -p "$tests"
cp axe/package/axe.min.js axe/package/LICENSE "$tests/"
echo "axe-core $axe_version" > "$tests/VERSION"

echo "DSFR $dsfr_version in $target, axe-core $axe_version in $tests"
