#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan + coverage) into
# ./build-fuzz (or $DUIZHAO_FUZZ_BUILD_DIR) and runs each for a bounded time
# ($DUIZHAO_FUZZ_SECONDS, default 30). Seeds: tests/data/fuzz/<target>/ and, for the
# essay parser, the sample essays. A crash stops the run with exit 1 and leaves the
# input in build-fuzz/crashers/; copy it into tests/data/fuzz/<target>/ to keep it as a
# regression test (ctest replays that folder in every build).
# Usage: scripts/fuzz.sh [target...]   (targets: essay_parser search_query)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${DUIZHAO_FUZZ_SECONDS:-30}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(essay_parser search_query)

flags="-O1 -g1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DDUIZHAO_BUILD_FUZZERS=ON -DBUILD_TESTING=OFF -DDUIZHAO_BUILD_APP=OFF
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
mkdir -p "$build/crashers"
status=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  seeds=("$root/tests/data/fuzz/$target")
  [ "$target" = essay_parser ] && seeds+=("$root/resources/samples")
  echo "fuzz: $target for ${seconds}s"
  if ! "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/crashers/$target-" \
      "$corpus" "${seeds[@]}" 2>"$build/fuzz-$target.log"; then
    tail -n 60 "$build/fuzz-$target.log"
    echo "fuzz: $target found a crash: $(ls "$build/crashers" | grep "^$target-" | head -1)"
    status=1
  else
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)" "$build/fuzz-$target.log" || true
  fi
done
exit $status
