#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Waymark needs to build, run and test, when missing.
# Sourced or run by run-waymark.sh and run-tests.sh.
set -euo pipefail

WAYMARK_BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  librsvg2-dev libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream libxml2-utils shared-mime-info
  fonts-cantarell
)

WAYMARK_TEST_PACKAGES=(
  libglib-testing-0-dev libxtst-dev
  xvfb xauth dbus dbus-x11 at-spi2-core
  python3 python3-jsonschema
  librsvg2-bin poppler-utils imagemagick
  clang libclang-rt-14-dev valgrind
  yelp-tools itstool flatpak-builder
)

missing_packages () {
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      echo "$pkg"
    fi
  done
}

install_packages () {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
  fi
  echo "Installing: $(echo $missing | tr '\n' ' ')"
  $sudo apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  install_packages "${WAYMARK_BUILD_PACKAGES[@]}" "${WAYMARK_TEST_PACKAGES[@]}"
fi
