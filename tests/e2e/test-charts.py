#!/usr/bin/python3
# test-charts.py: the Charts page as a user meets it — opened from the
# sidebar, its charts read by a screen reader, a bar activated with the
# keyboard opening the filtered list.
#
# The figures were counted by hand in the 2022-2023 report ("since 2022",
# data/corpus/001_ed252d99abc55521.txt; see tests/charts/test-charts-build.c
# for where each comes from): SG17 has 15 approvals in it (11 approved,
# 1 agreed, 3 under approval), SG20 18, SG13 13, SG16 9, SG11 5, ITU-R 4.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import tempfile
import time

import pyatspi

from rptatspi import App, Failure, run_tests, wait_for

PERIOD_TITLE = "Approvals per report period"
GROUP_TITLE = "Approvals per study group"


def open_charts(app):
    app.find("frame", "Rapporteur")
    row = app.find("list item", "Charts", timeout=30)
    try:
        app.activate(row)
    except Failure:
        # A list row without an action: click it.
        ext = row.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        subprocess.run(["xdotool", "mousemove", str(ext.x + ext.width // 2), str(ext.y + ext.height // 2),
                        "click", "1"], check=True)
    return app.find("image", PERIOD_TITLE, timeout=15)


def focus(app, node):
    try:
        node.queryComponent().grabFocus()
    except Exception:
        pass
    try:
        return wait_for(lambda: node.getState().contains(pyatspi.STATE_FOCUSED), 3, "the chart to take focus")
    except Failure:
        pass
    # Tab through the page until the chart has keyboard focus, as a user would.
    for _ in range(40):
        app.key("Tab")
        time.sleep(0.1)
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return True
    raise Failure(f"the chart “{node.name}” never took keyboard focus")


def test_read_chart_values():
    app = App().start()
    try:
        chart = open_charts(app)
        description = wait_for(lambda: chart.description, 10, "the chart's description")
        for line in description.splitlines():
            print("# " + line)
        line = next((l for l in description.splitlines() if l.startswith("since 2022:")), None)
        if line is None:
            raise Failure("no line for the 2022-2023 report ('since 2022')")
        for expected in ("ITU-T SG17 15", "ITU-T SG20 18", "ITU-T SG13 13", "ITU-T SG16 9",
                         "ITU-T SG11 5", "ITU-R 4"):
            if expected not in line:
                raise Failure(f"“{expected}” is not in “{line}”")

        # Each chart has a Save button that says which chart it saves.
        app.find("push button", contains=f"Save “{PERIOD_TITLE}” As…")
        app.find("push button", contains=f"Save “{GROUP_TITLE}” As…")
    finally:
        app.cleanup()


def test_keyboard_opens_filtered_list():
    app = App().start()
    try:
        open_charts(app)
        chart = app.find("image", GROUP_TITLE)
        # The first group is ITU-R (natural order puts sectors first); its
        # first bar is its approved texts.
        if "ITU-R: Approved" not in chart.description:
            raise Failure("the first row of the chart is not ITU-R: " + chart.description[:200])
        focus(app, chart)
        app.key("Home")
        app.key("Return")
        # The Recommendations list, filtered to ITU-R's approved texts:
        # M.2083-0 of the 2022-2023 report (§2.14) is there, SG17's X.1813
        # is not.
        app.wait_text("M.2083-0", timeout=15)
        if "X.1813" in app.text_on_screen():
            raise Failure("the list is not filtered to the bar: X.1813 (SG17) is shown")
    finally:
        app.cleanup()


def test_filtered_place_restored():
    # The last place was the charts of SG17 (a link, or the filter bar):
    # the next start shows them with that filter, and keeps it.
    home = tempfile.mkdtemp(prefix="rpt-e2e-")
    settings_dir = os.path.join(home, "config", "glib-2.0", "settings")
    os.makedirs(settings_dir)
    with open(os.path.join(settings_dir, "keyfile"), "w") as f:
        f.write("[io/github/rapporteur/Rapporteur]\n"
                "last-place='rapporteur:charts?group=ITU-T%20SG17'\n"
                "restore-last-place=true\n")
    app = App(home=home).start()
    try:
        chart = app.find("image", GROUP_TITLE, timeout=30)
        description = wait_for(lambda: chart.description, 10, "the chart's description")
        for line in description.splitlines():
            print("# " + line)
        if "ITU-T SG17:" not in description:
            raise Failure("SG17 is not in the chart of the SG17 place")
        if "ITU-T SG13:" in description or "ITU-R:" in description:
            raise Failure("the chart is not filtered to SG17")
        app.quit()
        with open(os.path.join(settings_dir, "keyfile")) as f:
            keyfile = f.read()
        if "rapporteur:charts?group=ITU-T%20SG17" not in keyfile:
            raise Failure("the last place lost its filter: " + keyfile)
    finally:
        app.cleanup()
        subprocess.run(["rm", "-rf", home], check=False)


if __name__ == "__main__":
    run_tests([
        ("Charts from the sidebar, a chart's values read as text", test_read_chart_values),
        ("a bar activated with the keyboard opens the filtered list", test_keyboard_opens_filtered_list),
        ("a filtered charts place is shown with its filter and kept", test_filtered_place_restored),
    ])
