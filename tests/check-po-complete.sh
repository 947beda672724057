#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-po-complete.sh PO POT NAME
#
# Whether the translation PO covers the template POT (made now from the sources): merged
# against it, nothing may be untranslated or fuzzy. NAME is how messages call the file.
# Prints what is missing and exits 1 when it is incomplete.
set -u
po=${1:?usage: check-po-complete.sh PO POT NAME}
pot=${2:?usage: check-po-complete.sh PO POT NAME}
name=${3:-$po}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$pot" || exit 1
missing=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ')
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ')
# msgattrib prints the header entry too when there is anything else to print.
[ "$missing" -gt 0 ] && missing=$((missing - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
if [ "$missing" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
  echo "$name is incomplete: $missing untranslated, $fuzzy fuzzy; for example:"
  for which in --untranslated --only-fuzzy; do
    msgattrib $which --no-obsolete --no-wrap "$tmp/merged.po" | grep '^msgid "[^"]' | head -n 5
  done
  exit 1
fi
echo "$name is complete"
