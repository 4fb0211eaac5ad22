#!/bin/sh
# check-translations.sh SOURCE_DIR: every language in po/LINGUAS is
# msgfmt --check clean and has at least 95% of the messages of a POT freshly
# extracted from the current sources translated.  Prints TAP.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
src=${1:-${RAPPORTEUR_SOURCE_DIR:-.}}
threshold=${RAPPORTEUR_TRANSLATION_THRESHOLD:-95}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The keywords and flags of meson's i18n.gettext(preset: 'glib').
if ! (cd "$src" && xgettext --package-name=rapporteur --from-code=UTF-8 --add-comments \
      --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
      --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
      --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
      --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
      --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
      --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
      --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
      --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
      --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
      --files-from=po/POTFILES.in -o "$work/rapporteur.pot") >"$work/xgettext.log" 2>&1; then
  echo "1..1"; sed 's/^/# /' "$work/xgettext.log"; echo "not ok 1 - xgettext over po/POTFILES.in"; exit 1
fi
total=$(msgattrib --no-obsolete "$work/rapporteur.pot" | grep -c '^msgid ' )
total=$((total - 1))   # the header

langs=$(sed 's/#.*//' "$src/po/LINGUAS" | tr -s ' \t' '\n\n' | grep -v '^$')
count=$(echo "$langs" | grep -c .)
if [ "$count" -eq 0 ]; then echo "1..0 # SKIP po/LINGUAS lists no language"; exit 0; fi
echo "1..$((count * 2))"
echo "# $total messages in a fresh POT from po/POTFILES.in"
n=0; failed=0
for lang in $langs; do
  po="$src/po/$lang.po"
  n=$((n + 1))
  if out=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    echo "# $lang.po: $out"; echo "ok $n - $lang: msgfmt --check"
  else
    echo "$out" | sed 's/^/# /'; echo "not ok $n - $lang: msgfmt --check"; failed=1
  fi
  n=$((n + 1))
  if ! msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "$po" "$work/rapporteur.pot" 2>"$work/msgmerge.log"; then
    sed 's/^/# /' "$work/msgmerge.log"; echo "not ok $n - $lang: msgmerge"; failed=1; continue
  fi
  translated=$(msgattrib --translated --no-fuzzy --no-obsolete "$work/$lang.po" | grep -c '^msgid ')
  translated=$((translated > 0 ? translated - 1 : 0))
  pct10=$((translated * 1000 / (total > 0 ? total : 1)))
  pct="$((pct10 / 10)).$((pct10 % 10))"
  if [ $((translated * 100)) -ge $((threshold * total)) ]; then
    echo "ok $n - $lang: $pct% translated ($translated of $total)"
  else
    msgattrib --untranslated --no-obsolete "$work/$lang.po" | grep '^msgid ' | head -20 | sed 's/^/# untranslated: /'
    msgattrib --only-fuzzy --no-obsolete "$work/$lang.po" | grep '^msgid ' | head -10 | sed 's/^/# fuzzy: /'
    echo "not ok $n - $lang: $pct% translated ($translated of $total), under $threshold%"; failed=1
  fi
done
exit $failed
