#!/usr/bin/python3
# test-rtl.py: Rapporteur in Arabic, as an Arabic-speaking delegate meets it —
# the window translated, laid out right to left (the sidebar on the right,
# the Back button at the right of the header bar), counts in the right
# Arabic plural form, and the Preferences window translated too.
#
# The catalogues come from the build (BUILD/po/<lang>/LC_MESSAGES/
# rapporteur.mo, through RAPPORTEUR_LOCALEDIR).  The ar_EG.UTF-8 locale is
# compiled into the build folder with localedef when the system lacks it;
# without localedef the test runs under C.UTF-8 with LANGUAGE=ar, which
# gettext honours as well (only numbers and dates then stay in C).
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess

import pyatspi

from rptatspi import BUILD_DIR, App, Failure, run_tests, screenshot, wait_for

LOCALE = "ar_EG.UTF-8"
LOCALEDIR = os.path.join(BUILD_DIR, "po")

# The Arabic of po/ar.po for what the test looks at.
SIDEBAR = {"Resolutions": "القرارات", "Study Groups": "لجان الدراسات",
           "Recommendations": "التوصيات", "Reports": "التقارير",
           "Charts": "الرسوم البيانية"}
MAIN_MENU = "القائمة الرئيسية"
BACK = "رجوع"
SEARCH = "البحث"
PREFERENCES = "التفضيلات"
RESTORE_LAST_PLACE = "استعد آخر موضع"
# "%u item" in its six Arabic plural forms.
ITEMS = re.compile(r"^(لا عناصر|عنصر واحد|عنصران|\d+ عناصر|\d+ عنصرًا|\d+ عنصر)$")


def locale_env():
    """The environment for an Arabic session, and a note on how it was had."""
    env = {"LANGUAGE": "ar", "RAPPORTEUR_LOCALEDIR": LOCALEDIR}
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    if any(name.lower().replace("-", "") in ("ar_eg.utf8",) for name in have):
        env.update({"LC_ALL": LOCALE, "LANG": LOCALE})
        return env, f"system locale {LOCALE}"
    locpath = os.path.join(BUILD_DIR, "tests-locale")
    if not os.path.isdir(os.path.join(locpath, LOCALE)) and shutil.which("localedef"):
        os.makedirs(locpath, exist_ok=True)
        subprocess.run(["localedef", "-i", "ar_EG", "-f", "UTF-8", os.path.join(locpath, LOCALE)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    if os.path.isdir(os.path.join(locpath, LOCALE)):
        env.update({"LOCPATH": locpath, "LC_ALL": LOCALE, "LANG": LOCALE})
        return env, f"{LOCALE} compiled with localedef into {locpath}"
    env.update({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    return env, "C.UTF-8 with LANGUAGE=ar (no ar_EG locale and no localedef)"


ENV, HOW = locale_env()
print(f"# Arabic session: {HOW}", flush=True)


def extents(node):
    return node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)


def wait_for_display():
    # The first client can come before Xvfb accepts connections.
    wait_for(lambda: subprocess.run(["xdotool", "getdisplaygeometry"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL).returncode == 0,
             15, "the X display")


def start():
    wait_for_display()
    # Under a loaded machine the X server now and then refuses a client
    # right after another went away; a person would just start it again.
    for attempt in range(3):
        app = App(env=ENV)
        try:
            app.start()
            break
        except Failure as e:
            app.cleanup()
            if "cannot open display" not in str(e) or attempt == 2:
                raise
            print(f"# the app could not open the display; starting it again", flush=True)
    app.find("frame", "Rapporteur", timeout=20)
    return app


def sidebar_row(app, arabic):
    # A row's accessible name is its label and its count ("لجان الدراسات، 37").
    return app.find("list item", contains=arabic, timeout=30)


# One run of the app for all the checks: a first start reads the bundled
# reports into a new library, which is slow on a loaded machine.
_app = None


def app_session():
    global _app
    if _app is None:
        _app = start()
    return _app


def test_catalogue_built():
    mo = os.path.join(LOCALEDIR, "ar", "LC_MESSAGES", "rapporteur.mo")
    if not os.path.isfile(mo):
        raise Failure(f"{mo} was not built")


def test_window_in_arabic():
    app = app_session()
    for english, arabic in SIDEBAR.items():
        sidebar_row(app, arabic)
    app.find(name=MAIN_MENU)
    app.find("push button", BACK)
    on_screen = app.text_on_screen()
    for english in ("Study Groups", "Resolutions", "Main Menu", "Filter by group"):
        if english in on_screen:
            raise Failure(f"“{english}” is still in English")
    print(f"# screenshot: {screenshot('rtl-ar')}")


def test_layout_mirrored():
    app = app_session()
    row = extents(sidebar_row(app, SIDEBAR["Study Groups"]))
    table = extents(wait_for(lambda: [n for n in app.find_all("tree table") if extents(n).width > 0]
                             or None, 30, "the list of Recommendations")[0])
    frame = extents(app.find("frame", "Rapporteur"))
    print(f"# frame x={frame.x}..{frame.x + frame.width}, sidebar row x={row.x}..{row.x + row.width}, "
          f"list x={table.x}..{table.x + table.width}")
    if row.x < table.x + table.width:
        raise Failure(f"the sidebar (x={row.x}) is not to the right of the content "
                      f"(x={table.x}..{table.x + table.width})")
    if row.x + row.width / 2 < frame.x + frame.width / 2:
        raise Failure("the sidebar is in the left half of the window")
    back = extents(app.find("push button", BACK))
    search = extents(app.find("push button", SEARCH))
    if back.x < search.x:
        raise Failure(f"Back (x={back.x}) is left of Search (x={search.x}): the header bar is not mirrored")


def test_count_in_arabic_plural():
    app = app_session()
    label = wait_for(lambda: [n for n in app.find_all("label") if ITEMS.match(n.name or "")] or None,
                     30, "the number of Recommendations in Arabic")[0]
    print(f"# list subtitle: {label.name}")


def test_preferences_in_arabic():
    app = app_session()
    app.key("ctrl+comma")
    prefs = app.find("frame", PREFERENCES, timeout=15)
    switch_row = app.find(contains=RESTORE_LAST_PLACE, root=prefs)
    frame = extents(prefs)
    title = extents(switch_row)
    # The row's title starts at the right edge of a mirrored window.
    if title.x + title.width / 2 < frame.x + frame.width / 3:
        raise Failure("the Preferences rows are not laid out right to left")
    print(f"# screenshot: {screenshot('rtl-ar-preferences')}")
    app.key("Escape")
    wait_for(lambda: not app.find_all("frame", PREFERENCES), 10, "the Preferences window to close")


def test_quit():
    global _app
    app = app_session()
    try:
        code = app.quit()
        if code != 0:
            raise Failure(f"exit status {code}")
    finally:
        app.cleanup()
        _app = None


if __name__ == "__main__":
    run_tests([
        ("the Arabic catalogue is built", test_catalogue_built),
        ("the main window is in Arabic", test_window_in_arabic),
        ("the layout is mirrored: sidebar on the right, Back at the right", test_layout_mirrored),
        ("a count takes its Arabic plural form", test_count_in_arabic_plural),
        ("the Preferences window is in Arabic and right to left", test_preferences_in_arabic),
        ("Ctrl+Q quits", test_quit),
    ])
