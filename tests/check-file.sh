#!/bin/sh
# check-file.sh KIND FILE...: validation tests that print TAP.
#   desktop FILE      desktop-file-validate
#   metainfo FILE     appstreamcli validate --no-net
#   schemas DIR       glib-compile-schemas --strict --dry-run
#   install BUILDDIR SRCDIR   every bundled report is installed byte-identical
set -u
kind=$1; shift
n=0; failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }

case "$kind" in
  desktop)
    if out=$(desktop-file-validate "$1" 2>&1) && [ -z "$out" ]; then ok "desktop-file-validate $(basename "$1")"
    else echo "$out" | sed 's/^/# /'; not_ok "desktop-file-validate $(basename "$1")"; fi ;;
  metainfo)
    if out=$(appstreamcli validate --no-net --pedantic "$1" 2>&1); then ok "appstreamcli validate $(basename "$1")"
    else echo "$out" | sed 's/^/# /'; not_ok "appstreamcli validate $(basename "$1")"; fi ;;
  schemas)
    if out=$(glib-compile-schemas --strict --dry-run "$1" 2>&1); then ok "glib-compile-schemas --strict $1"
    else echo "$out" | sed 's/^/# /'; not_ok "glib-compile-schemas --strict $1"; fi ;;
  install)
    build=$1; src=$2
    dest=$(mktemp -d); trap 'rm -rf "$dest"' EXIT
    if ! out=$(meson install -C "$build" --no-rebuild --quiet --destdir "$dest" 2>&1); then
      echo "$out" | sed 's/^/# /'; not_ok "meson install"
    else
      ok "meson install"
      prefix=$(meson introspect "$build" --buildoptions | /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
      datadir=$(meson introspect "$build" --buildoptions | /usr/bin/python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="datadir"][0])')
      for f in "$src"/data/corpus/*.txt; do
        installed="$dest$prefix/$datadir/rapporteur/corpus/$(basename "$f")"
        if cmp -s "$f" "$installed"; then ok "installed byte-identical: $(basename "$f")"
        else not_ok "installed byte-identical: $(basename "$f") ($installed)"; fi
      done
      for f in "$dest$prefix/bin/rapporteur" "$dest$prefix/$datadir/glib-2.0/schemas/io.github.rapporteur.Rapporteur.gschema.xml"; do
        if [ -e "$f" ]; then ok "installed $(basename "$f")"; else not_ok "installed $f"; fi
      done
    fi ;;
  *) echo "unknown check $kind" >&2; exit 2 ;;
esac
echo "1..$n"
exit $failed
