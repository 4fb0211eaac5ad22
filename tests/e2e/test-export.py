#!/usr/bin/python3
# test-export.py: exporting as a user does it — the Recommendations list,
# three rows selected (a click, then Ctrl+Down and Ctrl+Space), Ctrl+E, a title typed into the Export
# dialog, Enter, the path typed into GTK's own file chooser (there is no
# portal under Xvfb), the toast that says the file was written; pdftotext
# finds the three ids and the title in the PDF.  Then the same file again:
# the chooser asks before replacing it, and Cancel leaves it alone.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import tempfile
import time

import pyatspi

from rptatspi import App, Failure, run_tests, screenshot, showing, wait_for, walk

TITLE = "Three for the SG17 meeting"


def wait_for_display():
    """Under load Xvfb may still be starting when the test does."""
    wait_for(lambda: subprocess.run(["xdpyinfo"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL).returncode == 0, 30, "the X display")


def start_app():
    """App().start(), again when a loaded machine's X server refused it."""
    for attempt in range(3):
        # The toast stays until dismissed: reading the screen through AT-SPI
        # is too slow under load to catch a 5 s toast.
        app = App(env={"G_MESSAGES_DEBUG": "rpt-export-ui", "RAPPORTEUR_EXPORT_TOAST_TIMEOUT": "0"})
        try:
            return app.start()
        except Failure as e:
            app.cleanup()
            if "cannot open display" not in str(e) or attempt == 2:
                raise
            time.sleep(2)


def xkey(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys), check=True)


def xtype(text):
    subprocess.run(["xdotool", "type", "--delay", "15", text], check=True)


def main_window_id(app):
    """The main window's X id: the biggest of the app's windows."""
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


def window_text(frame):
    """What a window shows (read from the window, not the application: GTK
    4.8 leaves closed dialogs among the application's children)."""
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


def visible_rows(frame):
    """(id, first cell) of the list rows on screen, top to bottom."""
    height = frame.queryComponent().getSize()[1]
    rows = []
    for node in walk(frame):
        try:
            if node.getRoleName() != "table row" or node.parent.getRoleName() != "list":
                continue
            x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
            if h <= 0 or y < 0 or y + h > height:
                continue
            cell = node.getChildAtIndex(0)
            label = cell.getChildAtIndex(0) if cell.childCount else cell
            rows.append((label.name or "", cell))
        except Exception:
            continue
    return rows


def click(app, node):
    x, y, w, h = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    wid = main_window_id(app)
    subprocess.run(["xdotool", "mousemove", "--sync", "--window", wid,
                    str(x + min(w // 2, 40)), str(y + h // 2), "click", "1"], check=True)
    time.sleep(0.3)


def select_rows(app, frame, n=3):
    """Selects @n rows a few lines apart, as a keyboard user does: a click on
    the first, then Ctrl+Down (moves without selecting) and Ctrl+Space (adds
    the row to the selection).  Returns their ids.  Rows whose id is a short
    code only: a few reports name a deliverable by its title, which the PDF's
    table wraps over lines."""
    rows = visible_rows(frame)
    short = [i for i, (name, _) in enumerate(rows) if re.fullmatch(r"[A-Z][A-Za-z0-9.\-/]{1,11}", name)]
    if len(short) < 2 * n + 1:
        raise Failure(f"only {len(short)} rows with a short id on screen")
    chosen = short[1:1 + 2 * n:2]
    click(app, rows[chosen[0]][1])
    for previous, index in zip(chosen, chosen[1:]):
        app.key(*(["ctrl+Down"] * (index - previous)))
        app.key("ctrl+space")
        time.sleep(0.2)
    return [rows[i][0] for i in chosen]


def open_recommendations(app):
    frame = app.find("frame", "Rapporteur", timeout=30)
    app.wait_text(" items", 30)  # the library is open
    app.key("ctrl+3")
    wait_for(lambda: len(visible_rows(frame)) > 10, 30, "the Recommendations rows")
    return frame


def export_to(app, path, title=None):
    """Ctrl+E, the title, Enter, the path typed into the chooser's name."""
    app.key("ctrl+e")
    dialog = app.find(None, "Export", timeout=15)
    time.sleep(0.5)
    if title is not None:
        # The title field has the focus, its text selected.
        xkey("ctrl+a")
        xtype(title)
        time.sleep(0.2)
    xkey("Return")           # Export…: the default button
    time.sleep(2.0)          # the file chooser
    xkey("ctrl+a")           # the name field, with the suggested name
    xtype(path)
    time.sleep(0.3)
    xkey("Return")
    return dialog


def replace_question(app):
    """The chooser's question before it replaces a file, read from the
    showing toplevels only (a walk of the whole application visits the
    closed dialogs GTK 4.8 keeps, and is slow)."""
    for i in range(app.root.childCount):
        window = app.root.getChildAtIndex(i)
        try:
            if window is None or not window.getState().contains(pyatspi.STATE_VISIBLE):
                continue
        except Exception:
            continue
        for node in walk(window, max_depth=12):
            try:
                if "already exists" in (node.name or "") or \
                   "already exists" in node.queryText().getText(0, -1):
                    return True
            except Exception:
                continue
    return False


def diagnose(app, name):
    print(f"# screenshot: {screenshot(name)}")
    for line in app.output().splitlines()[-15:]:
        print(f"# app: {line}")


def pdftotext(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def test_export_three_rows():
    folder = tempfile.mkdtemp(prefix="rpt-export-")
    path = os.path.join(folder, "briefing.pdf")
    app = start_app()
    try:
        frame = open_recommendations(app)
        ids = select_rows(app, frame)
        print(f"# selected {ids}")
        screenshot("export-selected")

        export_to(app, path, TITLE)
        wait_for(lambda: os.path.exists(path), 60, f"{path} written")
        wait_window_text(frame, "Exported “briefing.pdf”", 30)
        screenshot("export-toast")

        text = pdftotext(path)
        if TITLE not in text:
            raise Failure(f"the title {TITLE!r} is not in the PDF")
        for i in ids:
            if i not in text:
                raise Failure(f"{i} is not in the PDF")
        if "3 deliverables" not in text and "3 selected items" not in text:
            raise Failure("the title page does not say it holds 3 deliverables")

        # The same file again: the chooser asks first; Cancel keeps it.
        before = os.stat(path).st_mtime_ns
        export_to(app, path)
        time.sleep(1.5)
        screenshot("export-replace-question")
        wait_for(lambda: replace_question(app), 30, "the question before replacing the file")
        xkey("Escape")        # no to replacing
        time.sleep(0.5)
        xkey("Escape")        # the chooser
        time.sleep(0.5)
        xkey("Escape")        # the Export dialog
        time.sleep(1.0)
        if os.stat(path).st_mtime_ns != before:
            raise Failure("the file was replaced without the user saying so")
    except Exception:
        diagnose(app, "export-failure")
        raise
    finally:
        app.cleanup()


if __name__ == "__main__":
    wait_for_display()
    run_tests([
        ("three selected rows, Ctrl+E, a title: the PDF holds them; a second export asks before replacing",
         test_export_three_rows),
    ])
