#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds Waymark and launches it on a
# sample workspace (or on the files given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/install-deps.sh
install_packages "${WAYMARK_BUILD_PACKAGES[@]}"

if [ ! -f _build/build.ninja ]; then
  meson setup _build
fi
ninja -C _build

# Run from the build tree: schemas, icons and the MIME type come from there.
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data"
export XDG_DATA_DIRS="$PWD/_build/data:$PWD/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export WAYMARK_HELP_DIR="${WAYMARK_HELP_DIR:-$PWD/help/C}"   # F1 shows the source pages
if [ $# -eq 0 ]; then
  set -- data/templates/online-shop.journey
fi
exec _build/src/app/waymark "$@"
