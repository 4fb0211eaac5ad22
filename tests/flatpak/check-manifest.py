#!/usr/bin/python3
# tests/flatpak/check-manifest.py
#
# Copyright 2026 The Rapporteur authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the Flatpak manifests (flatpak/*.json) and prints TAP.
#   check-manifest.py SOURCE_ROOT
# What must hold: valid JSON; the app id and command; finish-args only from
# the allow-list (files come and go through portals, the library stays in
# the sandbox: no --filesystem, --share=network or bus access); the app module
# is the last, builds with meson from a dir source; every other module's
# sources are pinned by sha256; and flatpak-builder, when installed, accepts it.

import json
import os
import shutil
import subprocess
import sys
import tempfile

BASE_ID = "io.github.rapporteur.Rapporteur"
COMMAND = "rapporteur"
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
}
# Source types that download something, and so need a checksum.
PINNED_TYPES = {"archive", "file"}

MANIFESTS = [
    ("io.github.rapporteur.Rapporteur.json", BASE_ID, "default"),
    ("io.github.rapporteur.Rapporteur.Devel.json", BASE_ID + ".Devel", "development"),
]


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, ok, description, diagnostics=()):
        self.n += 1
        print(("ok" if ok else "not ok") + " %d - %s" % (self.n, description))
        if not ok:
            self.failed += 1
            for line in diagnostics:
                print("# " + line)
        sys.stdout.flush()

    def skip(self, description, reason):
        self.n += 1
        print("ok %d - %s # SKIP %s" % (self.n, description, reason))


def module_sources(module):
    """The sources of a module as dicts (a string names a JSON file of sources)."""
    return [s for s in module.get("sources", []) if isinstance(s, dict)]


def check_manifest(tap, path, want_id, want_profile):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        tap.check(False, "%s: is valid JSON" % name, [str(e)])
        return
    tap.check(isinstance(manifest, dict), "%s: is valid JSON" % name)
    if not isinstance(manifest, dict):
        return

    app_id = manifest.get("app-id", manifest.get("id"))
    tap.check(app_id == want_id, "%s: app id is %s" % (name, want_id), ["found %r" % app_id])
    tap.check(manifest.get("command") == COMMAND, "%s: command is %s" % (name, COMMAND),
              ["found %r" % manifest.get("command")])
    tap.check(manifest.get("runtime") == "org.gnome.Platform" and manifest.get("sdk") == "org.gnome.Sdk",
              "%s: GNOME runtime and SDK" % name,
              ["runtime %r, sdk %r" % (manifest.get("runtime"), manifest.get("sdk"))])

    finish_args = manifest.get("finish-args", [])
    extra = [a for a in finish_args if a not in ALLOWED_FINISH_ARGS]
    missing = sorted(ALLOWED_FINISH_ARGS - set(finish_args))
    tap.check(not extra and not missing and len(finish_args) == len(set(finish_args)),
              "%s: finish-args are exactly the allowed ones" % name,
              ["not allowed: %s" % " ".join(extra)] * bool(extra) +
              ["missing: %s" % " ".join(missing)] * bool(missing))

    modules = manifest.get("modules", [])
    modules = [m for m in modules if isinstance(m, dict)]
    tap.check(len(modules) > 0 and len(modules) == len(manifest.get("modules", [])),
              "%s: modules are inline objects" % name)
    if not modules:
        return
    app = modules[-1]
    app_sources = module_sources(app)
    tap.check(app.get("name") == "rapporteur" and app.get("buildsystem") == "meson",
              "%s: the last module is the app, built with meson" % name,
              ["last module %r, buildsystem %r" % (app.get("name"), app.get("buildsystem"))])
    tap.check(len(app_sources) == 1 and app_sources[0].get("type") == "dir" and app_sources[0].get("path") == "..",
              "%s: the app module builds the source tree (a dir source, path \"..\")" % name,
              ["sources %r" % app_sources])
    opts = app.get("config-opts", [])
    tap.check("-Dprofile=%s" % want_profile in opts,
              "%s: the app is configured with -Dprofile=%s" % (name, want_profile), ["config-opts %r" % opts])

    unpinned = []
    for m in modules[:-1]:
        if m.get("name") == "rapporteur":
            unpinned.append("%s: the app module must be the last" % m.get("name"))
        sources = m.get("sources", [])
        if not sources:
            unpinned.append("%s: no sources" % m.get("name"))
        for s in sources:
            if not isinstance(s, dict):
                unpinned.append("%s: sources from a separate file %r" % (m.get("name"), s))
            elif s.get("type") in PINNED_TYPES:
                sha = s.get("sha256", "")
                if not (len(sha) == 64 and all(c in "0123456789abcdef" for c in sha)) or not s.get("url", "").startswith("https://"):
                    unpinned.append("%s: %s without https url and sha256" % (m.get("name"), s.get("url") or s.get("path")))
            elif s.get("type") == "git":
                if len(s.get("commit", "")) != 40:
                    unpinned.append("%s: git source without a commit" % m.get("name"))
            else:
                unpinned.append("%s: source type %r is not pinned" % (m.get("name"), s.get("type")))
    tap.check(not unpinned, "%s: every library module is pinned (url + sha256)" % name, unpinned)

    builder = shutil.which("flatpak-builder")
    if builder is None:
        tap.skip("%s: flatpak-builder --show-manifest accepts it" % name, "flatpak-builder is not installed")
    else:
        # flatpak-builder creates its state folder in the current one: keep
        # it out of the source and build trees.
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run([builder, "--show-manifest", os.path.abspath(path)],
                               capture_output=True, text=True, cwd=tmp)
        tap.check(r.returncode == 0, "%s: flatpak-builder --show-manifest accepts it" % name,
                  (r.stderr or r.stdout).splitlines()[-5:])


def main():
    if len(sys.argv) != 2:
        print("usage: check-manifest.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = sys.argv[1]
    tap = Tap()
    for file_name, want_id, profile in MANIFESTS:
        check_manifest(tap, os.path.join(root, "flatpak", file_name), want_id, profile)
    print("1..%d" % tap.n)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
