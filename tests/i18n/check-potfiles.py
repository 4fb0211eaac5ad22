#!/usr/bin/python3
# check-potfiles.py SOURCE_DIR: every file under app/ and data/ with
# translatable strings is listed in po/POTFILES.in, and every listed file
# exists.  Prints TAP.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

SOURCE_DIR = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("RAPPORTEUR_SOURCE_DIR", ".")

# What marks a string for translation, per kind of file.  A call is a name
# that is not the end of a longer identifier (so foo_("x") does not count).
C_MARKS = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_)\s*\(\s*"'
                     r'|(?<![A-Za-z0-9_])(?:g_d?n?gettext|g_dc?gettext|g_dpgettext2?|ngettext|dngettext|gettext|pgettext)\s*\(')
UI_MARK = re.compile(r'translatable\s*=\s*["\'](?:yes|true|1)["\']', re.I)
DESKTOP_MARK = re.compile(r'^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName)\s*=\s*\S', re.M)
SCHEMA_DOMAIN = re.compile(r'<schemalist[^>]*\bgettext-domain\s*=')
SCHEMA_MARK = re.compile(r'<(?:summary|description)>')
METAINFO_MARK = re.compile(r'<(?:name|summary|p|li|caption|keyword)(?:\s[^>]*)?>(?!\s*</)')

C_SUFFIXES = (".c", ".h")
UI_SUFFIXES = (".ui", ".blp")


def strip_c_comments(text):
    # A string inside a comment is not extracted; keep line numbers.
    text = re.sub(r'/\*.*?\*/', lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    return re.sub(r'//[^\n]*', "", text)


def translatable(path):
    """Return the first line with a translatable string, or 0."""
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (UnicodeDecodeError, OSError):
        return 0
    marks = []
    if name.endswith(C_SUFFIXES):
        text = strip_c_comments(text)
        marks = [C_MARKS]
    elif name.endswith(UI_SUFFIXES):
        marks = [UI_MARK]
    elif ".desktop" in name and name.endswith(".in") or name.endswith(".desktop.in.in"):
        marks = [DESKTOP_MARK]
    elif ".gschema.xml" in name:
        if not SCHEMA_DOMAIN.search(text):
            return 0
        marks = [SCHEMA_MARK]
    elif (".metainfo.xml" in name or ".appdata.xml" in name) and name.endswith(".in"):
        marks = [METAINFO_MARK]
    elif name.endswith(".xml") or name.endswith(".xml.in"):
        marks = [UI_MARK]
    for mark in marks:
        m = mark.search(text)
        if m:
            return text.count("\n", 0, m.start()) + 1
    return 0


def main():
    potfiles_path = os.path.join(SOURCE_DIR, "po", "POTFILES.in")
    with open(potfiles_path, encoding="utf-8") as f:
        listed = [line.strip() for line in f
                  if line.strip() and not line.lstrip().startswith("#")]
    listed_set = set(listed)

    found = {}
    for top in ("app", "data"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(SOURCE_DIR, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for fn in sorted(filenames):
                path = os.path.join(dirpath, fn)
                line = translatable(path)
                if line:
                    found[os.path.relpath(path, SOURCE_DIR)] = line

    missing = sorted(p for p in found if p not in listed_set)
    absent = [p for p in listed if not os.path.isfile(os.path.join(SOURCE_DIR, p))]
    untranslatable = [p for p in listed if p not in found and p not in absent]
    duplicates = sorted({p for p in listed if listed.count(p) > 1})

    n = 0
    failed = False

    def result(ok, what, details=()):
        nonlocal n, failed
        n += 1
        for d in details:
            print(f"# {d}")
        print(f"{'ok' if ok else 'not ok'} {n} - {what}")
        failed = failed or not ok

    print("1..4")
    result(not missing, f"every file with translatable strings is in po/POTFILES.in ({len(found)} files)",
           [f"missing from po/POTFILES.in: {p} (translatable string at line {found[p]})" for p in missing])
    result(not absent, "every file po/POTFILES.in lists exists",
           [f"listed in po/POTFILES.in but not found: {p}" for p in absent])
    result(not duplicates, "no file is listed twice",
           [f"listed twice: {p}" for p in duplicates])
    # Not a failure (a file may lose its last string), but worth a note.
    for p in untranslatable:
        print(f"# listed but with no translatable string found: {p}")
    result(True, f"{len(untranslatable)} listed files have no translatable string")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
