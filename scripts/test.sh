#!/usr/bin/env bash
# Installs what Duizhao needs, builds everything with warnings as errors, and runs
# every test with CTest (unit, integration and GUI tests on the offscreen platform);
# then every test again in an ASan + UBSan build (scripts/test-sanitizers.sh) and each
# fuzz target for a bounded time (scripts/fuzz.sh); and the Debian package is built,
# installed, run and removed (scripts/package.sh --smoke). Exits non-zero when anything fails.
# DUIZHAO_SANITIZERS=0 or DUIZHAO_FUZZ_SECONDS=0 leave those two out of a local run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
# Release without debug info: CI time goes to the sanitizer build, whose reports carry
# line numbers; a failure here is rerun locally with scripts/build.sh (RelWithDebInfo).
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DDUIZHAO_WERROR=ON -DBUILD_TESTING=ON

# No display is needed: GUI tests use Qt's offscreen platform (gui_x11 starts its own X
# server with xvfb-run).
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600

# The Debian package: built with CPack, installed, run and removed (a few seconds).
"$root/scripts/package.sh" --smoke

if [ "${DUIZHAO_SANITIZERS:-1}" != 0 ]; then
  "$root/scripts/test-sanitizers.sh"
fi
if [ "${DUIZHAO_FUZZ_SECONDS:-30}" != 0 ]; then
  "$root/scripts/fuzz.sh"
fi
