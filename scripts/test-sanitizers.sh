#!/usr/bin/env bash
# Builds the core, the CLI and their tests (unit, integration, fuzz replays) with
# AddressSanitizer + UndefinedBehaviorSanitizer into ./build-asan (or
# $DUIZHAO_ASAN_BUILD_DIR) and runs them there with CTest. Any sanitizer report stops the
# process that made it, so the test fails.
#
# The GUI app, its tests and the benchmarks are left out by default: they were 36% of
# this build, and CI must stay well under 20 minutes; the ordinary build runs them.
# DUIZHAO_SANITIZE_ALL=1 builds and runs everything here too.
# Usage: scripts/test-sanitizers.sh   (after scripts/install-deps.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_ASAN_BUILD_DIR:-$root/build-asan}"

# -O1 keeps the tests fast (the tests' own code is compiled at -O0, tests/CMakeLists.txt);
# -g1 gives line numbers in reports at a fraction of -g's cost.
# UBSan stays recoverable at compile time so that scripts/ubsan.supp can name a known
# Qt header issue; halt_on_error below still stops at the first report it does not name.
sanitize="-fsanitize=address,undefined -fno-omit-frame-pointer"
scope=(-DDUIZHAO_BUILD_APP=OFF -DDUIZHAO_BUILD_BENCH=OFF)
[ "${DUIZHAO_SANITIZE_ALL:-0}" = 1 ] && scope=(-DDUIZHAO_BUILD_APP=ON -DDUIZHAO_BUILD_BENCH=ON)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_CXX_FLAGS="-O1 -g1 $sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="$sanitize" \
  -DDUIZHAO_WERROR=ON -DBUILD_TESTING=ON "${scope[@]}"
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/scripts/ubsan.supp"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
