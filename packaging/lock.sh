#!/usr/bin/env bash
# The lock file for release builds: requirements/release.txt, made from pyproject.toml (the
# app's dependencies plus the test and package extras) for Windows, macOS and Linux at once,
# with the hash of every file, so a release is built from known versions.
#
# Usage: packaging/lock.sh            write it again (keeps every pin that still fits)
#        packaging/lock.sh --check    fail if it is not what pyproject.toml asks for now
#        packaging/lock.sh --upgrade  move every pin to the newest release
# Needs uv (`pip install uv`); UV=/path/to/uv to choose one.
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK=requirements/release.txt
UV=${UV:-uv}
command -v "$UV" >/dev/null 2>&1 || UV="$(dirname "$(command -v python3)")/uv"

compile() {  # compile OUTPUT [extra uv options]
  local out=$1
  shift
  "$UV" pip compile pyproject.toml --extra test --extra package \
    --universal --python-version 3.11 --generate-hashes \
    --custom-compile-command "packaging/lock.sh" --quiet -o "$out" "$@"
}

case "${1:-}" in
  --check)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cp "$LOCK" "$scratch/release.txt"  # uv keeps the pins it finds in the output file
    compile "$scratch/release.txt"
    if ! diff -u "$LOCK" "$scratch/release.txt"; then
      echo "lock.sh: $LOCK is out of date with pyproject.toml: run packaging/lock.sh" >&2
      exit 1
    fi
    echo "lock.sh: $LOCK is current"
    ;;
  --upgrade) compile "$LOCK" --upgrade ;;
  "") compile "$LOCK" ;;
  *) echo "usage: packaging/lock.sh [--check | --upgrade]" >&2; exit 2 ;;
esac
