#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-po.sh SOURCE_ROOT [COMPLETE_LANGUAGE…]
#
# Every translation in po/LINGUAS compiles with msgfmt --check (format strings included, so
# a translated %s or %d cannot crash Waymark). The languages named on the command line must
# also be complete: against a template made now from the sources in po/POTFILES.in (the same
# xgettext options as meson's glib preset), nothing may be untranslated or fuzzy.
set -u
root=${1:?usage: check-po.sh SOURCE_ROOT [COMPLETE_LANGUAGE…]}
shift
cd "$root/po" || exit 2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

languages=$(sed -e 's/#.*//' LINGUAS | tr -s ' \n' '  ')
for lang in $languages; do
  if [ ! -f "$lang.po" ]; then
    echo "po/LINGUAS lists $lang, but po/$lang.po does not exist"
    status=1
  elif ! msgfmt --check --check-format --check-header -o "$tmp/$lang.mo" "$lang.po"; then
    echo "po/$lang.po: msgfmt --check failed"
    status=1
  else
    echo "po/$lang.po: $(msgfmt --statistics -o /dev/null "$lang.po" 2>&1)"
  fi
done

[ $# -eq 0 ] && exit $status

sed -e 's/#.*//' -e '/^[[:space:]]*$/d' POTFILES.in > "$tmp/POTFILES"
if ! xgettext --directory=.. --files-from="$tmp/POTFILES" --output="$tmp/waymark.pot" \
    --package-name=waymark --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
    --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
    --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format; then
  echo "xgettext failed"
  exit 1
fi

for lang in "$@"; do
  [ -f "$lang.po" ] || { echo "po/$lang.po does not exist"; status=1; continue; }
  if ! sh "$(dirname "$0")/check-po-complete.sh" "$lang.po" "$tmp/waymark.pot" "po/$lang.po"; then
    echo "Update it: ninja -C BUILDDIR waymark-update-po, then translate (see po/README.md)"
    status=1
  fi
done

exit $status
