#!/usr/bin/env bash
# Pin clustering against supercluster@8 on the same points, in the same run:
#   compare.sh CIVICDESK_CLI [POINTS]
# Installs supercluster with npm into a temporary folder; exits 77 (skipped) when npm or node
# is missing or the package cannot be installed, or fails (exit 1) with CIVICDESK_REQUIRE_ALL=1.
set -euo pipefail
skip() {
    if [ "${CIVICDESK_REQUIRE_ALL:-}" = "1" ]; then
        echo "FAIL (CIVICDESK_REQUIRE_ALL=1): $1"
        exit 1
    fi
    echo "SKIP: $1"
    exit 77
}
cli=${1:?usage: compare.sh CIVICDESK_CLI [POINTS]}
points=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
for tool in node npm; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! npm install --prefix "$work" --no-audit --no-fund --silent supercluster@8 >"$work/npm.log" 2>&1; then
    cat "$work/npm.log"
    skip "npm could not install supercluster@8"
fi
# Both sides report the best of two builds.
"$cli" bench cluster --points "$points" --runs 2 --write-points "$work/points.bin" --json >"$work/ours.json"
node "$here/compare.mjs" "$work" "$work/points.bin" "$work/ours.json"
