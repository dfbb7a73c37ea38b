#!/usr/bin/env bash
# Installs what Duizhao needs, builds everything with warnings as errors, and runs
# every test with CTest (unit, integration and GUI tests on the offscreen platform).
# Exits non-zero when any test fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DDUIZHAO_WERROR=ON -DBUILD_TESTING=ON

# No display is needed: GUI tests use Qt's offscreen platform.
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
