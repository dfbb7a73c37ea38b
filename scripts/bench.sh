#!/usr/bin/env bash
# Runs the performance benchmarks of issue 8 and prints a table per corpus size.
#
#   scripts/bench.sh [SIZES...]        default: 1000 10000 (add 100000 for the big run)
#
# Generates each corpus from ../shared/corpus (read in place, deterministic, seed fixed)
# into $DUIZHAO_BENCH_DIR (default /tmp/duizhao-bench; reused when already there),
# then runs build/tests/bench/bench_library on it: import end to end through
# duizhao-cli and in process, peak memory, size on disk, search latency, duizhao-cli
# search against rg -l, the largest essay. Baselines (cat, opencc -c t2s, rg -l) are
# measured in the same run on the same files; JSON per size lands next to the corpora.
# Needs opencc and ripgrep (scripts/install-deps.sh installs both).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${DUIZHAO_BUILD_DIR:-$root/build}"
bench="${DUIZHAO_BENCH_DIR:-/tmp/duizhao-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

for tool in opencc rg; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/install-deps.sh)" >&2; exit 2; }
done
if [ ! -x "$build/tests/bench/bench_library" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target duizhao-cli bench_corpus bench_library bench_text bench_concordance

mkdir -p "$bench"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine shows in absolute times; compare ratios)"
"$build/tests/bench/bench_text" --repeat 20 --json "$bench/text.json"
for n in "${sizes[@]}"; do
  corpus="$bench/corpus-$n"
  if [ ! -f "$corpus/.complete" ]; then
    rm -rf "$corpus"
    "$build/tests/bench/bench_corpus" "$n" "$corpus"
    touch "$corpus/.complete"
  fi
  rounds=20
  [ "$n" -ge 100000 ] && rounds=10
  "$build/tests/bench/bench_library" --cli "$build/src/cli/duizhao-cli" --label "$n essays" \
    --rounds "$rounds" --work "$bench/work-$n" --json "$bench/library-$n.json" "$corpus"
  "$build/tests/bench/bench_concordance" --rounds "$rounds" --json "$bench/concordance-$n.json" "$corpus"
  rm -rf "$bench/work-$n"
done
echo "JSON: $bench/text.json $(printf "$bench/library-%s.json " "${sizes[@]}")"
