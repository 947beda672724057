#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds Waymark twice (a normal build
# with warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build) and runs
# the whole test suite in each, under Xvfb. Ends with one line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/install-deps.sh
install_packages "${WAYMARK_BUILD_PACKAGES[@]}" "${WAYMARK_TEST_PACKAGES[@]}"

export LSAN_OPTIONS="suppressions=$PWD/build-aux/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

setup () {
  local dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}

status=0
run_suite () {
  local dir=$1; shift
  ninja -C "$dir"
  xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" \
    dbus-run-session -- meson test -C "$dir" --print-errorlogs --num-processes 2 "$@" || status=1
}

setup _build -Dwerror=true
run_suite _build

# The core tests once more under valgrind's memcheck (GLib suppressions).
valgrind_status=passed
meson test -C _build --setup valgrind --suite core --num-processes 2 --print-errorlogs \
  || { valgrind_status=failed; status=1; }

setup _build-asan -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false \
  -Dbuildtype=debug -Dbenchmarks=false
# LeakSanitizer's tracer now and then crashes at exit in a test that passed (a sanitizer flake,
# not a leak): lsan-retry.sh runs such a test once more; every other failure stands.
run_suite _build-asan --wrapper "$PWD/build-aux/lsan-retry.sh"

# Fuzzing: every reader of outside data for a minute (libFuzzer, ASan + UBSan).
fuzz_seconds=${WAYMARK_FUZZ_SECONDS:-60}
fuzz_status=passed
if ! bash tests/fuzz/run-fuzzers.sh "$fuzz_seconds"; then
  fuzz_status=failed
  status=1
fi

# meson names the log after the wrapper: testlog-lsan-retry.sh.json for the sanitizer run.
count () { cat _build/meson-logs/testlog.json _build-asan/meson-logs/testlog-lsan-retry.sh.json \
             2>/dev/null | grep -cE "\"result\": \"($1)\"" || true; }
passed=$(count 'OK|EXPECTEDFAIL')
failed=$(count 'FAIL|UNEXPECTEDPASS|TIMEOUT|ERROR')
skipped=$(count 'SKIP')
echo
echo "valgrind (core tests): $valgrind_status"
echo "fuzzing: ${fuzz_seconds}s per target, $fuzz_status"
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] || status=1
exit $status
