# rptatspi.py: drive the real Rapporteur binary as a person would, through the
# accessibility tree (AT-SPI) and the X keyboard, and report in TAP.
#
# Copyright 2026 The Rapporteur authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (pyatspi), inside a D-Bus session and an
# X display (build-aux/dev test provides both: dbus-run-session + xvfb-run).

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi

BUILD_DIR = os.environ.get("RAPPORTEUR_BUILD_DIR", "_build")
SOURCE_DIR = os.environ.get("RAPPORTEUR_SOURCE_DIR", ".")
BINARY = os.path.join(BUILD_DIR, "app", "rapporteur")
SHOT_DIR = os.path.join(BUILD_DIR, "meson-logs", "screenshots")


class Failure(Exception):
    pass


def wait_for(predicate, timeout=10.0, what="condition"):
    """Poll predicate until it returns something truthy."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as e:  # the tree changes under our feet
            last_error = e
        time.sleep(0.1)
    raise Failure(f"timed out after {timeout:.0f}s waiting for {what}"
                  + (f" (last error: {last_error})" if last_error else ""))


def walk(node, depth=0, max_depth=40):
    if node is None or depth > max_depth:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def showing(node):
    # GTK 4.8 sets "showing" only on windows; "visible" is what it keeps
    # up to date for widgets.
    try:
        states = node.getState()
        return states.contains(pyatspi.STATE_SHOWING) or states.contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


class App:
    """One run of the application with a private home, library and settings."""

    def __init__(self, args=(), env=None, home=None, name="rapporteur"):
        self.home = home or tempfile.mkdtemp(prefix="rpt-e2e-")
        self.own_home = home is None
        self.name = name
        e = dict(os.environ)
        e.pop("GTK_A11Y", None)
        e.update({
            "HOME": self.home,
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            # Settings persist between runs of one test, like a real session.
            "GSETTINGS_BACKEND": "keyfile",
            "RAPPORTEUR_LIBRARY": os.path.join(self.home, "library.db"),
            "G_DEBUG": "",
        })
        e.update(env or {})
        self.env = e
        self.args = list(args)
        self.proc = None
        self.root = None

    def start(self, timeout=20):
        # A log file, not a pipe: a pipe nobody reads would block a chatty app.
        self.log_path = os.path.join(self.home, "app.log")
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([BINARY] + self.args, env=self.env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.root = wait_for(self._find_app, timeout, f"{self.name} on the accessibility bus")
        return self

    def _find_app(self):
        if self.proc.poll() is not None:
            raise Failure(f"the app exited with {self.proc.returncode}: {self.output()}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.name == self.name and app.get_process_id() == self.proc.pid:
                    if app.childCount > 0:
                        return app
            except Exception:
                continue
        return None

    def output(self):
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", "replace")[-2000:]
        except (OSError, AttributeError):
            return ""

    # Finding things -----------------------------------------------------

    def find_all(self, role=None, name=None, contains=None, root=None, visible=True):
        found = []
        for node in walk(root or self.root):
            try:
                if role is not None and node.getRoleName() != role:
                    continue
                n = node.name or ""
                if name is not None and n != name:
                    continue
                if contains is not None and contains.lower() not in n.lower():
                    continue
                if visible and not showing(node):
                    continue
                found.append(node)
            except Exception:
                continue
        return found

    def find(self, role=None, name=None, contains=None, root=None, timeout=10, visible=True):
        desc = f"{role or 'any'} named {name or contains!r}"
        return wait_for(lambda: (self.find_all(role, name, contains, root, visible) or [None])[0],
                        timeout, desc)

    def text_on_screen(self):
        """Every name, and every text of a showing node: what a user can read."""
        out = []
        for node in walk(self.root):
            if not showing(node):
                continue
            try:
                if node.name:
                    out.append(node.name)
                t = node.queryText()
                out.append(t.getText(0, -1))
            except Exception:
                pass
        return "\n".join(out)

    def wait_text(self, text, timeout=10):
        return wait_for(lambda: text in self.text_on_screen(), timeout, f"text {text!r} on screen")

    # Acting --------------------------------------------------------------

    def activate(self, node):
        """Press a button, a menu item or a row the way assistive technology does.
        A composite (a menu button wrapping its button) is pressed through the
        first of its parts that has an action."""
        for candidate in walk(node, max_depth=3):
            try:
                action = candidate.queryAction()
            except NotImplementedError:
                continue
            names = [action.getName(i) for i in range(action.nActions)]
            for wanted in ("click", "press", "activate", "toggle", "jump"):
                if wanted in names:
                    action.doAction(names.index(wanted))
                    return
        raise Failure(f"{node.getRoleName()} {node.name!r} has no action to press")

    def key(self, *keys):
        """Type key combinations (xdotool syntax, e.g. 'ctrl+q') into the app's window."""
        wid = self.window_id()
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "key", "--clearmodifiers"] + list(keys), check=True)

    def type_text(self, text):
        wid = self.window_id()
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)

    def window_id(self):
        out = wait_for(lambda: subprocess.run(["xdotool", "search", "--pid", str(self.proc.pid)],
                                              capture_output=True, text=True).stdout.split(),
                       10, "the app's X window")
        return out[-1]

    def quit(self, timeout=10):
        self.key("ctrl+q")
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure("Ctrl+Q did not quit the app")
        return self.proc.returncode

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def cleanup(self):
        self.stop()
        if self.own_home:
            shutil.rmtree(self.home, ignore_errors=True)


def screenshot(name):
    os.makedirs(SHOT_DIR, exist_ok=True)
    path = os.path.join(SHOT_DIR, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def run_tests(tests):
    """Run (name, function) pairs and print TAP; exit 1 when one failed."""
    print(f"1..{len(tests)}", flush=True)
    failed = 0
    for n, (name, func) in enumerate(tests, 1):
        try:
            func()
            print(f"ok {n} - {name}", flush=True)
        except Exception as e:
            failed += 1
            shot = screenshot(f"{os.path.basename(sys.argv[0])}-{n}")
            for line in traceback.format_exc().splitlines():
                print(f"# {line}")
            print(f"# screenshot: {shot}")
            print(f"not ok {n} - {name}: {e}", flush=True)
    sys.exit(1 if failed else 0)
