#!/usr/bin/python3
# chart-atspi.py: a screen reader's view of a chart.  Starts chart-demo,
# finds the chart in the accessibility tree, reads every value from its
# description, then drives it with the keyboard.  Prints TAP.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: chart-atspi.py CHART-DEMO
# Needs the real accessibility bus: a D-Bus session and an X display
# (build-aux/dev test runs the tests inside dbus-run-session + xvfb-run),
# and no GTK_A11Y=none.

import os
import re
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi

TITLE = "Approvals per study group, report 001"
EXPECTED = {"SG11": 3, "SG12": 1, "SG13": 6, "SG17": 4}


class Failure(Exception):
    pass


def wait_for(predicate, timeout=15.0, what="condition"):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Failure:
            raise
        except Exception as e:  # the tree changes while we read it
            last_error = e
        time.sleep(0.1)
    raise Failure(f"timed out after {timeout:.0f}s waiting for {what}"
                  + (f" ({last_error})" if last_error else ""))


def walk(node, depth=0):
    if node is None or depth > 30:
        return
    yield node
    for i in range(node.childCount):
        try:
            yield from walk(node.getChildAtIndex(i), depth + 1)
        except Exception:
            continue


class Demo:
    def __init__(self, binary):
        env = dict(os.environ)
        env.pop("GTK_A11Y", None)
        env["G_DEBUG"] = ""
        env["GSETTINGS_BACKEND"] = "memory"
        self.log = tempfile.NamedTemporaryFile(prefix="chart-demo-", suffix=".log", delete=False)
        self.proc = subprocess.Popen([binary, "--kind", "stacked"], env=env,
                                     stdout=self.log, stderr=subprocess.STDOUT)

    def find_app(self):
        if self.proc.poll() is not None:
            raise Failure(f"chart-demo exited with {self.proc.returncode}: {self.output()}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.name == "chart-demo" and app.childCount > 0:
                    return app
            except Exception:
                continue
        return None

    def focus_window(self):
        """Give the demo's window the X input focus: under a bare Xvfb there
        is no window manager, and keys go to the window under the pointer."""
        try:
            out = subprocess.run(["xdotool", "search", "--pid", str(self.proc.pid)],
                                 capture_output=True, text=True, timeout=10).stdout.split()
            for wid in out:
                subprocess.run(["xdotool", "windowfocus", "--sync", wid], timeout=10,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            pass

    def output(self):
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            return f.read()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        os.unlink(self.log.name)


def screenshot(name):
    logs = os.path.join(os.environ.get("RAPPORTEUR_BUILD_DIR", "."), "meson-logs")
    os.makedirs(logs, exist_ok=True)
    path = os.path.join(logs, name)
    try:
        subprocess.run(["import", "-window", "root", path], timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return path
    except Exception:
        return None


def press(keysym_name):
    """A key as the X server delivers it, to the window with the input focus."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", keysym_name], check=True, timeout=10)
    time.sleep(0.3)


def main():
    if len(sys.argv) != 2:
        print("usage: chart-atspi.py CHART-DEMO", file=sys.stderr)
        return 2

    checks = []

    def check(name):
        def register(func):
            checks.append((name, func))
            return func
        return register

    demo = Demo(sys.argv[1])
    state = {}

    @check("the demo shows up on the accessibility bus")
    def _():
        state["app"] = wait_for(demo.find_app, what="chart-demo on the accessibility bus")

    @check("the chart is an image named by its title")
    def _():
        def find():
            for node in walk(state["app"]):
                if node.name == TITLE:
                    return node
            return None
        chart = wait_for(find, what=f"an accessible named “{TITLE}”")
        role = chart.getRole()
        if role not in (pyatspi.ROLE_IMAGE, pyatspi.ROLE_PANEL):
            raise Failure(f"role is {chart.getRoleName()}, not image")
        if not chart.getState().contains(pyatspi.STATE_FOCUSABLE):
            raise Failure("the chart is not focusable")
        state["chart"] = chart

    @check("every value is in the description")
    def _():
        description = wait_for(lambda: state["chart"].description, what="a description")
        print("# " + description.replace("\n", "\n# "))
        totals = {}
        for line in description.splitlines():
            m = re.match(r"^(SG\d+): (.*)\.$", line)
            if m:
                t = re.search(r"total (\d+)", m.group(2))
                totals[m.group(1)] = int(t.group(1)) if t else None
                if "Approved" not in m.group(2):
                    raise Failure(f"no approvals read for {m.group(1)}: {line}")
        if totals != EXPECTED:
            raise Failure(f"read {totals}, expected {EXPECTED}")
        if "SG13: Approved 4, Consented 1, Determined 1, total 6." not in description:
            raise Failure("SG13's statuses are missing")

    @check("arrow keys and Enter activate a bar")
    def _():
        chart = state["chart"]
        demo.focus_window()
        try:
            chart.queryComponent().grabFocus()
        except Exception:
            pass
        wait_for(lambda: chart.getState().contains(pyatspi.STATE_FOCUSED),
                 what="the chart to have keyboard focus")
        press("Right")
        press("Up")
        press("Return")
        wait_for(lambda: "activated ITU-T SG12 approved" in demo.output(), timeout=5,
                 what="“activated ITU-T SG12 approved” from the demo; it printed: "
                 + demo.output().strip())

    print(f"1..{len(checks)}")
    failed = False
    try:
        for number, (name, func) in enumerate(checks, 1):
            if failed:
                print(f"ok {number} - {name} # SKIP an earlier check failed")
                continue
            try:
                func()
                print(f"ok {number} - {name}")
            except Exception as e:
                failed = True
                print(f"not ok {number} - {name}")
                for line in (str(e) + "\n" + traceback.format_exc()).splitlines():
                    print(f"# {line}")
                shot = screenshot(f"chart-atspi-{number}.png")
                if shot:
                    print(f"# screenshot: {shot}")
                print("# demo output: " + demo.output().replace("\n", "\n# "))
            sys.stdout.flush()
    finally:
        demo.stop()

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
