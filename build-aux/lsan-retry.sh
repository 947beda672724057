#!/usr/bin/env bash
# Test wrapper for the sanitizer build (meson test --wrapper): runs the test, and only when it
# failed because LeakSanitizer's own stop-the-world tracer crashed at exit ("Tracer caught
# signal", a known LSan flake: google/sanitizers#1353), runs it once more. Any other failure,
# and a second tracer crash, stands. The retry says so on stderr, so that it is in the log.
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

"$@" >"$out" 2>"$err"
status=$?
if [ "$status" -ne 0 ] && grep -q "^Tracer caught signal" "$err" \
   && grep -q "LeakSanitizer has encountered a fatal error" "$err"; then
  echo "lsan-retry: LeakSanitizer's tracer crashed at exit; running the test once more" >&2
  "$@"
  exit $?
fi
cat "$out"
cat "$err" >&2
exit $status
