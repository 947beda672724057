#!/usr/bin/env bash
# Builds Waymark for speed (release, in _build-release unless told otherwise) and runs every
# benchmark of tests/bench under Xvfb, printing their `bench: NAME = VALUE UNIT` lines, the
# machine and its load. Usage: build-aux/run-benchmarks.sh [BUILDDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-_build-release}

if [ ! -f "$dir/build.ninja" ]; then
  meson setup "$dir" --buildtype=release -Dbenchmarks=true
fi
ninja -C "$dir"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs: $cpu"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" dbus-run-session -- \
  meson test -C "$dir" --benchmark --verbose --num-processes 1 2>&1 \
  | grep -E '^(bench:|#)' | sed 's/^# /#   /'
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
