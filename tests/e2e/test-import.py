#!/usr/bin/python3
# test-import.py: importing as a user does it — Ctrl+O, the path typed into
# GTK's own file chooser (Ctrl+L; there is no portal under Xvfb), the toast
# that says what was added, the Reports list that has it; a PNG renamed to
# .pdf, whose error dialog names the file and the reason.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import tempfile
import time

from rptatspi import SOURCE_DIR, App, Failure, run_tests, screenshot, showing, wait_for, walk

CORPUS = os.path.join(SOURCE_DIR, "data", "corpus")
PNG = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
             0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89])


def new_report(folder, name, note, source="001_ed252d99abc55521.txt"):
    """A report the library does not have: a bundled one with a note added."""
    with open(os.path.join(CORPUS, source), encoding="utf-8") as f:
        text = f.read()
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n" + note + "\n")
    return path


def wait_for_display():
    """Under load Xvfb may still be starting when the test does."""
    wait_for(lambda: subprocess.run(["xdpyinfo"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL).returncode == 0, 30, "the X display")


def start_app(env=None):
    """App().start(), again when a loaded machine's X server refused it."""
    env = dict(env or {}, G_MESSAGES_DEBUG="rpt-import-ui", RAPPORTEUR_IMPORT_TOAST_TIMEOUT="0")
    for attempt in range(3):
        app = App(env=env)
        try:
            return app.start()
        except Failure as e:
            app.cleanup()
            if "cannot open display" not in str(e) or attempt == 2:
                raise
            time.sleep(2)


def xkey(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys), check=True)


def choose_file(app, path):
    """Ctrl+O, then the path typed into the file chooser's location entry."""
    app.key("ctrl+o")
    # Not looked up: a closed chooser left among the app's windows makes
    # every walk from the application slow (see window_text()).
    time.sleep(2.0)
    xkey("ctrl+l")
    time.sleep(0.3)
    subprocess.run(["xdotool", "type", "--delay", "15", path], check=True)
    time.sleep(0.3)
    xkey("Return")
    time.sleep(1.0)


def diagnose(app, name):
    """What the screen and the app said when a step failed (before cleanup)."""
    print(f"# screenshot: {screenshot(name)}")
    for line in app.output().splitlines()[-15:]:
        print(f"# app: {line}")


def window_text(frame):
    """What the main window shows.  Read from the window, not from the
    application: GTK 4.8 leaves a closed dialog among the application's
    children, and reading it blocks until D-Bus gives up."""
    out = []
    for node in walk(frame):
        try:
            if not showing(node):
                continue
            if node.name:
                out.append(node.name)
            out.append(node.queryText().getText(0, -1))
        except Exception:
            pass
    return "\n".join(out)


def wait_window_text(frame, text, timeout=30):
    return wait_for(lambda: text in window_text(frame), timeout, f"text {text!r} in the window")


def open_reports(app):
    """The Reports list: small, so that reading the screen is quick enough
    to catch a toast.  Returns the main window."""
    frame = app.find("frame", "Rapporteur")
    app.wait_text(" items", 30)  # the library is open
    app.key("ctrl+4")
    app.wait_text("5 items", 30)
    return frame


def test_import_good_file():
    folder = tempfile.mkdtemp(prefix="rpt-import-")
    path = new_report(folder, "my-report.txt", "Note: imported through the file chooser.")
    app = start_app()
    try:
        frame = open_reports(app)
        choose_file(app, path)
        wait_window_text(frame, "Added 1 report")
        screenshot("import-toast")
        wait_window_text(frame, "6 items", 10)
        # The same file again: recognised, not duplicated.
        choose_file(app, path)
        wait_window_text(frame, "“my-report.txt” is already in the library")
        wait_window_text(frame, "6 items", 5)
    except Exception:
        diagnose(app, "import-failure")
        raise
    finally:
        app.cleanup()


def test_bad_file_names_file_and_reason():
    folder = tempfile.mkdtemp(prefix="rpt-import-")
    path = os.path.join(folder, "photo.pdf")
    with open(path, "wb") as f:
        f.write(PNG)
    app = start_app()
    try:
        frame = open_reports(app)
        choose_file(app, path)
        app.wait_text("Could not import “photo.pdf”", 30)
        app.wait_text("“photo.pdf” is not a PDF document: it looks like a PNG image", 5)
        app.wait_text("The library was not changed.", 5)
        screenshot("import-error-dialog")
        # Enter: the dialog's default response, Close (the window's own
        # Close button has the same accessible name).
        xkey("Return")
        wait_window_text(frame, "5 items")
    except Exception:
        diagnose(app, "import-failure")
        raise
    finally:
        app.cleanup()


def test_progress_and_cancel():
    folder = tempfile.mkdtemp(prefix="rpt-import-")
    for i in range(80):
        new_report(folder, f"big-{i:02}.txt", f"Note: copy {i} of a long report.", "002_84f780da303f30c0.txt")
    app = start_app({"RAPPORTEUR_IMPORT_PROGRESS_DELAY": "0"})
    try:
        frame = open_reports(app)
        choose_file(app, os.path.join(folder, "big-00.txt"))
        wait_window_text(frame, "Added 1 report")
        # A folder: several files, long enough for the progress bar.
        app.key("ctrl+o")
        time.sleep(2.0)
        xkey("ctrl+l")
        time.sleep(0.3)
        # Select every file of the folder in the chooser: type the folder, then Ctrl+A.
        subprocess.run(["xdotool", "type", "--delay", "15", folder + "/"], check=True)
        time.sleep(0.3)
        xkey("Return")
        time.sleep(1.0)
        xkey("ctrl+a")
        time.sleep(0.3)
        xkey("Return")
        cancel = app.find("push button", "Cancel Import", root=frame, timeout=20)
        wait_window_text(frame, "Importing “big-", 5)
        screenshot("import-progress")
        app.activate(cancel)
        wait_window_text(frame, "Import cancelled")
        screenshot("import-cancelled")
    except Exception:
        diagnose(app, "import-failure")
        raise
    finally:
        app.cleanup()


if __name__ == "__main__":
    wait_for_display()
    run_tests([
        ("Ctrl+O imports a file, the toast says so, a second time it is recognised", test_import_good_file),
        ("a PNG renamed .pdf: the dialog names the file and the reason", test_bad_file_names_file_and_reason),
        # Not yet: selecting the whole folder in GTK's chooser (Ctrl+A, Enter)
        # does not reach Import under Xvfb; the progress bar and Cancel are
        # covered by tests/importui (/rpt/importui/cancel).
        # ("a long import shows its progress and can be cancelled", test_progress_and_cancel),
    ])
