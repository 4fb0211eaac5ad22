#!/usr/bin/python3
# test-window.py: the main window as a user meets it — menu, About, shortcuts,
# quitting with Ctrl+Q, and the window size coming back on the next start.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import subprocess
import tempfile

import shutil

from rptatspi import App, Failure, run_tests, wait_for


def test_menu_and_about():
    app = App().start()
    try:
        app.find("frame", "Rapporteur")
        app.activate(app.find(name="Main Menu"))
        for item in ("Keyboard Shortcuts", "About Rapporteur", "Quit"):
            app.find(contains=item)
        app.activate(app.find(contains="About Rapporteur"))
        about = wait_for(lambda: [n for n in app.find_all("frame") if "About" in (n.name or "")
                                  or n.name == "Rapporteur"] and app.find(contains="0.1.0", timeout=5),
                         10, "the About window with the version")
        assert about
        app.key("Escape")
    finally:
        app.cleanup()


def test_shortcuts_window():
    app = App().start()
    try:
        app.find("frame", "Rapporteur")
        app.key("ctrl+question")
        app.find(contains="Show Shortcuts")
        app.find(contains="Quit")
    finally:
        app.cleanup()


def test_quit_with_ctrl_q():
    app = App().start()
    try:
        app.find("frame", "Rapporteur")
        code = app.quit()
        if code != 0:
            raise Failure(f"exit status {code}")
    finally:
        app.cleanup()


def test_window_size_restored():
    home = tempfile.mkdtemp(prefix="rpt-e2e-home-")
    first = App(home=home).start()
    try:
        first.find("frame", "Rapporteur")
        frame = first.find("frame", "Rapporteur")
        before = tuple(frame.queryComponent().getSize())
        wid = first.window_id()
        subprocess.run(["xdotool", "windowsize", "--sync", wid, "820", "610"], check=True)
        # The X window includes the client-side decoration's margins; compare
        # what the accessibility tree reports before and after.
        resized = wait_for(lambda: (tuple(frame.queryComponent().getSize()) != before
                                    and tuple(frame.queryComponent().getSize())),
                           10, "the window to take its new size")
        first.quit()
    finally:
        first.stop()

    second = App(home=home).start()
    try:
        frame = second.find("frame", "Rapporteur")
        size = wait_for(lambda: frame.queryComponent().getSize(), 5, "window size")
        if tuple(size) != resized:
            raise Failure(f"the window came back at {tuple(size)}, not {resized}")
        second.quit()
    finally:
        second.stop()
        shutil.rmtree(home, ignore_errors=True)


run_tests([
    ("primary menu lists Keyboard Shortcuts, About and Quit; About shows the version", test_menu_and_about),
    ("Ctrl+? opens the Keyboard Shortcuts window", test_shortcuts_window),
    ("Ctrl+Q quits with status 0", test_quit_with_ctrl_q),
    ("window size is restored on the next start", test_window_size_restored),
])
