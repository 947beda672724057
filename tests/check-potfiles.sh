#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-potfiles.sh SOURCE_ROOT
#
# Every file that has translatable strings must be in po/POTFILES.in, or its strings never
# reach the translators; every file listed there must exist, or xgettext fails. Translatable
# means (comment lines aside): C with _(), N_(), C_(), NC_(), Q_() or the g_d*gettext and
# ngettext calls; GtkBuilder .ui files with translatable="yes"; the desktop file and the
# metainfo.
set -u
root=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$root" || exit 2

potfiles=po/POTFILES.in
listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" | LC_ALL=C sort -u)
status=0

{
  # Comment lines do not count ("use _() for …").
  find src -name '*.[ch]' -exec awk '
    /^[[:space:]]*(\*|\/\*|\/\/)/ { next }
    /(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|g_dgettext|g_dngettext|g_dpgettext2?|ngettext)[[:space:]]*\(/ {
      print FILENAME; nextfile
    }' {} +
  find src -name '*.ui' -exec grep -l 'translatable="yes"' {} +
  ls data/*.desktop.in data/*.metainfo.xml.in 2>/dev/null
} | LC_ALL=C sort -u > "${TMPDIR:-/tmp}/waymark-potfiles-$$"

while read -r file; do
  if ! printf '%s\n' "$listed" | grep -qxF "$file"; then
    echo "$file has translatable strings but is missing from $potfiles"
    status=1
  fi
done < "${TMPDIR:-/tmp}/waymark-potfiles-$$"
rm -f "${TMPDIR:-/tmp}/waymark-potfiles-$$"

for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "$potfiles lists $file, which does not exist"
    status=1
  fi
done

[ $status = 0 ] && echo "$potfiles lists every file with translatable strings"
exit $status
