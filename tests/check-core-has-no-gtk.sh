#!/bin/sh
# The core must build and run without a display: no file under src/core may include GTK,
# GDK or libadwaita.
set -eu
found=$(grep -rnE '#\s*include\s*[<"](gtk|gdk|adwaita|adw)[/.]' "$1" || true)
if [ -n "$found" ]; then
  echo "src/core includes GTK or libadwaita headers:"
  echo "$found"
  exit 1
fi
echo "src/core includes no GTK or libadwaita header"
