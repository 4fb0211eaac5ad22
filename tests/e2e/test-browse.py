#!/usr/bin/python3
# test-browse.py: browsing the library as a user would — the sidebar and its
# counts, a study group, one of its deliverables, the report section that
# names it, Back and Forward (buttons, Alt+Left/Right), the last place coming
# back on the next start, and the narrow (360 px) layout.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import contextlib
import re
import shutil
import subprocess
import tempfile
import time

import pyatspi

from rptatspi import App, Failure, run_tests, screenshot, wait_for


# Helpers: what a mouse user does ------------------------------------------

@contextlib.contextmanager
def running(name, home=None):
    """The app for one test; on failure a screenshot is saved while the app
    is still on screen, then it is stopped."""
    app = start(home=home)
    try:
        yield app
    except Exception:
        print(f"# screenshot: {screenshot('test-browse-' + name)}", flush=True)
        raise
    finally:
        if home is None:
            app.cleanup()
        else:
            app.stop()


def start(home=None):
    """Start the app; a display that refuses the first client is retried."""
    for attempt in range(3):
        app = App(home=home)
        try:
            app.start()
            app.find("frame", "Rapporteur", timeout=30)
            return app
        except Failure as e:
            app.stop()
            if "cannot open display" not in str(e) or attempt == 2:
                if home is None:
                    app.cleanup()
                raise


def extents(node):
    return node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)


def window_size(app):
    frame = app.find("frame", "Rapporteur")
    return frame.queryComponent().getSize()


def in_view(app, node):
    try:
        x, y, w, h = extents(node)
    except Exception:
        return False
    width, height = window_size(app)
    return w > 0 and h > 0 and y >= 0 and y + h <= height and x < width


def main_window_id(app):
    """The main window's X id: the biggest of the app's windows (tooltips and
    popovers are windows too)."""
    def biggest():
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.proc.pid)],
                             capture_output=True, text=True).stdout.split()
        best, area = None, 0
        for wid in ids:
            geo = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid],
                                 capture_output=True, text=True).stdout
            vals = dict(line.split("=", 1) for line in geo.split() if "=" in line)
            a = int(vals.get("WIDTH", 0)) * int(vals.get("HEIGHT", 0))
            if a > area:
                best, area = wid, a
        return best
    return wait_for(biggest, 10, "the main window")


def click(app, node, double=False):
    x, y, w, h = extents(node)
    if w <= 0 or h <= 0:
        raise Failure(f"{node.getRoleName()} {node.name!r} is not on screen")
    wid = main_window_id(app)
    subprocess.run(["xdotool", "mousemove", "--sync", "--window", wid,
                    str(x + min(w // 2, 40)), str(y + h // 2)], check=True)
    subprocess.run(["xdotool", "click", "--repeat", "2" if double else "1",
                    "--delay", "80", "1"], check=True)


def find_in_view(app, role=None, name=None, contains=None, timeout=15, scroll_at=None):
    """Find a node and scroll the content with the mouse wheel until it is in
    the window, as a person looking for it would."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        nodes = app.find_all(role, name, contains)
        for node in nodes:
            if in_view(app, node):
                return node
        if nodes:
            # Wheel over the middle of the content, below the header bar.
            width, height = window_size(app)
            x, y = scroll_at or (width * 2 // 3, height // 2)
            wid = main_window_id(app)
            subprocess.run(["xdotool", "mousemove", "--sync", "--window", wid, str(x), str(y)], check=True)
            _, ny, _, nh = extents(nodes[0])
            button = "5" if ny >= 0 else "4"
            subprocess.run(["xdotool", "click", "--repeat", "3", button], check=True)
        time.sleep(0.2)
    raise Failure(f"{role or 'anything'} named {name or contains!r} never came into view")


def header_title(app):
    """The content header's title: the page the user is on."""
    titles = app.find_all("label")
    frame = app.find("frame", "Rapporteur")
    width = frame.queryComponent().getSize()[0]
    for label in titles:
        try:
            x, y, w, h = extents(label)
        except Exception:
            continue
        if 0 <= y < 30 and x > width // 4 and label.name:
            return label.name
    return None


def wait_title(app, title, timeout=10):
    return wait_for(lambda: header_title(app) == title, timeout, f"the page titled {title!r}")


# Tests -------------------------------------------------------------------

def test_sidebar_counts():
    with running("sidebar") as app:
        for section in ("Resolutions", "Study Groups", "Recommendations", "Reports"):
            row = app.find("list item", contains=section + ", ")
            if not re.fullmatch(re.escape(section) + r", [1-9][0-9]*", row.name):
                raise Failure(f"sidebar row {row.name!r} has no count")
        app.find("list item", "Charts")
        # The first start opens on the Recommendations list.
        wait_title(app, "Recommendations")
        app.find(role="tree table", contains="Recommendations")


def open_x1813_from_sg17(app):
    click(app, app.find("list item", contains="Study Groups, "))
    wait_title(app, "Study Groups")
    click(app, find_in_view(app, "label", "ITU-T SG17"), double=True)
    wait_title(app, "ITU-T SG17")
    app.wait_text("Security")
    # X.1813 is among the deliverables SG17 approved.
    click(app, find_in_view(app, "list item", contains="Approved"))
    click(app, find_in_view(app, contains="X.1813"))
    wait_title(app, "X.1813")
    app.wait_text("Security and monitoring requirements for operation of vertical services")


def test_group_deliverable_report_and_back():
    with running("group-deliverable-report") as app:
        open_x1813_from_sg17(app)

        # Follow the link to the report section that names it.
        click(app, find_in_view(app, contains="section 2.1.4"))
        wait_for(lambda: header_title(app) not in (None, "X.1813"), 10, "the report page")
        app.wait_text("2.1.4")
        # The sentence that names X.1813, with its neighbours.
        app.wait_text("Security guidelines for IMT-2020 communication system")
        screenshot("browse-report-section")

        # Back (the header button) returns to the deliverable, then the group.
        click(app, app.find("push button", "Back"))
        wait_title(app, "X.1813")
        app.key("alt+Left")
        wait_title(app, "ITU-T SG17")
        # Forward (Alt+Right) goes to the deliverable again.
        app.key("alt+Right")
        wait_title(app, "X.1813")
        click(app, app.find("push button", "Forward"))
        wait_for(lambda: header_title(app) not in (None, "X.1813"), 10, "the report page again")


def test_keyboard_sections():
    with running("keyboard") as app:
        app.key("ctrl+1")
        wait_title(app, "Resolutions")
        app.key("ctrl+2")
        wait_title(app, "Study Groups")
        app.key("ctrl+4")
        wait_title(app, "Reports")
        app.key("ctrl+5")
        wait_title(app, "Charts")
        app.key("alt+Left")
        wait_title(app, "Reports")


def test_last_place_restored():
    home = tempfile.mkdtemp(prefix="rpt-e2e-home-")
    try:
        with running("last-place-first", home=home) as first:
            click(first, first.find("list item", contains="Study Groups, "))
            wait_title(first, "Study Groups")
            click(first, find_in_view(first, "label", "ITU-T SG17"), double=True)
            wait_title(first, "ITU-T SG17")
            first.quit()

        with running("last-place-second", home=home) as second:
            wait_title(second, "ITU-T SG17", timeout=20)
            second.wait_text("Security")
            second.quit()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def test_narrow_window():
    with running("narrow") as app:
        wait_title(app, "Recommendations")
        wid = main_window_id(app)
        subprocess.run(["xdotool", "windowsize", "--sync", wid, "360", "700"], check=True)
        # Folded: the content fills the window, the sections are one button away.
        sections = app.find("push button", "Show Sections", timeout=10)
        time.sleep(0.5)
        screenshot("browse-narrow-list")
        click(app, sections)
        row = find_in_view(app, "list item", contains="Reports, ")
        screenshot("browse-narrow-sidebar")
        click(app, row)
        wait_title(app, "Reports")
        width, _ = window_size(app)
        if width > 420:
            raise Failure(f"the window did not get narrow: {width} px")


run_tests([
    ("the sidebar lists every section with its count", test_sidebar_counts),
    ("Study Groups → ITU-T SG17 → X.1813 → report section 2.1.4; Back and Forward", test_group_deliverable_report_and_back),
    ("Ctrl+1…5 open the sections; Alt+Left goes back", test_keyboard_sections),
    ("the last place comes back on the next start", test_last_place_restored),
    ("at 360 px the sidebar folds away behind a button", test_narrow_window),
])
