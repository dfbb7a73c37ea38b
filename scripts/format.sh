#!/usr/bin/env bash
# Applies the committed .clang-format to every C++ file under src/, tests/ and fuzz/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
git ls-files -z 'src/*.h' 'src/*.cpp' 'tests/*.h' 'tests/*.cpp' 'fuzz/*.h' 'fuzz/*.cpp' \
  | xargs -0 clang-format -i
