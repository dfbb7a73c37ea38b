#!/usr/bin/env bash
# Fails when a source file under src/ is not named in docs/architecture.md's file maps
# (by its name without the extension: `core/store/Library` names Library.h and .cpp).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
missing=0
while IFS= read -r file; do
  name="$(basename "$file")"
  name="${name%.*}"
  if ! grep -q -- "$name" docs/architecture.md; then
    echo "not in docs/architecture.md: $file"
    missing=$((missing + 1))
  fi
done < <(git ls-files 'src/*.h' 'src/*.cpp' 'src/*.css' 'src/*.qrc')
if [ "$missing" -ne 0 ]; then
  echo "check-file-map: $missing file(s) missing from the file maps"
  exit 1
fi
echo "check-file-map: every source file is in docs/architecture.md"
