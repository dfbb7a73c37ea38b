#!/usr/bin/env bash
# Fails when a C++ file under src/, tests/ or fuzz/ differs from what clang-format (the
# committed .clang-format) makes of it; lists the files. scripts/format.sh applies it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp' 'fuzz/*.h' 'fuzz/*.cpp')
bad=()
for file in "${files[@]}"; do
  [ -f "$file" ] || continue
  if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
    bad+=("$file")
  fi
done
if [ ${#bad[@]} -ne 0 ]; then
  printf '%s\n' "${bad[@]}"
  echo "check-format: ${#bad[@]} of ${#files[@]} files differ from .clang-format (run scripts/format.sh)"
  exit 1
fi
echo "check-format: ${#files[@]} files as .clang-format has them"
