#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60),
# starting from the sample workspaces. A crash leaves its input in _build-fuzz/crashes/; copy it
# into tests/fuzz/regressions/ once fixed, so that fuzz-replay keeps testing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
dir=_build-fuzz

if [ ! -f "$dir/build.ninja" ]; then
  CC=clang meson setup "$dir" -Dgui=disabled -Dbenchmarks=false -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized \
    -Dc_args=-fsanitize=fuzzer-no-link
fi
ninja -C "$dir" tests/fuzz/fuzz-journey tests/fuzz/fuzz-json tests/fuzz/fuzz-image tests/fuzz/fuzz-csv tests/fuzz/fuzz-mermaid

mkdir -p "$dir/crashes"
status=0
for target in journey json image csv mermaid; do
  corpus="$dir/corpus-$target"
  mkdir -p "$corpus"
  cp -n data/templates/*.journey tests/fuzz/regressions/* tests/fuzz/seeds/* "$corpus"/ 2>/dev/null || true
  if [ "$target" = image ]; then cp -n data/icons/hicolor/*/apps/*.svg "$corpus"/ 2>/dev/null || true; fi
  echo "fuzz-$target: ${seconds}s"
  log="$dir/fuzz-$target.log"
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
      "$dir/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$dir/crashes/$target-" -print_final_stats=1 \
        "$corpus" >"$log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$log" || true
  else
    # Whatever stopped it (a sanitizer report, a libFuzzer timeout, out-of-memory, a leak):
    # show the report, not just the verdict, so that CI's log says what to fix.
    echo "fuzz-$target FAILED; the end of $log:"
    grep -vE "^#[0-9]+ +(NEW|REDUCE|pulse|RELOAD)" "$log" | tail -n 60
    status=1
  fi
done
exit $status
