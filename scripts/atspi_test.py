#!/usr/bin/python3
"""Drives the desktop app through AT-SPI, as a screen reader does.

Usage: scripts/atspi_test.py BINARY EXPECT_JSON OUT_DIR
  BINARY       the app (tests/atspi.rs passes target/release/massage-guide)
  EXPECT_JSON  what to find (tests/atspi.rs writes it from the built-in guide):
               {"regions": [every region's accessible name],
                "press": {"name": the region to press, "sentence": from its summary}}
  OUT_DIR      a screenshot, the app's output and its fresh home land here on failure

Run it inside a virtual display and a D-Bus session of its own, with a throwaway HOME set
before the session starts (turning accessibility on makes the bus launcher write a dconf
setting under the session's HOME):
  HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" \
      dbus-run-session -- /usr/bin/python3 scripts/atspi_test.py ...
(-noreset: the X server otherwise resets when its last client leaves, and the AT-SPI bus
launcher connects and leaves just as the app starts, which then cannot open its window.)

Checks: with accessibility turned on (org.a11y.Status.IsEnabled) the app appears on the
AT-SPI desktop; the first start's safety check is skipped with its "Skip for now" button; every
region of the map is a button named as the guide names it; pressing one through its "click"
action marks it pressed (and no other) and opens its page (its name as the title, a sentence
of its summary); the "Where not to press" switch flips its checked state through its action and
shows or hides the places not to press on the map. The app starts with a fresh home of its own
and is stopped at the end, whatever happened.

Only the standard library and Debian's pyatspi (python3-pyatspi, with gi) are used.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

import pyatspi
from gi.repository import Gio, GLib

# Generous: a loaded CI machine, software GL and a cold start. Polls are short.
APP_DEADLINE = 60.0
STEP_DEADLINE = 20.0
POLL = 0.1
LAYER = "Where not to press"
DANGER_PREFIX = "Where not to press: "

STARTED = time.monotonic()


class Failed(Exception):
    pass


def step(text):
    print(f"[{time.monotonic() - STARTED:6.2f}s] {text}", flush=True)


def wait_for(what, probe, deadline=STEP_DEADLINE, alive=None):
    """Polls `probe` until it returns something other than None."""
    end = time.monotonic() + deadline
    last_error = None
    while time.monotonic() < end:
        if alive is not None:
            alive()
        try:
            hit = probe()
        except GLib.Error as err:
            # The tree changes under us (a node gone between two calls): try again.
            hit, last_error = None, err
        if hit is not None:
            return hit
        time.sleep(POLL)
    detail = f" (last error: {last_error})" if last_error else ""
    raise Failed(f"timed out after {deadline:.0f}s waiting for {what}{detail}")


def enable_accessibility():
    """What a screen reader does on start: accessible apps expose their trees only then."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties",
        "Set",
        GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
        None,
        Gio.DBusCallFlags.NONE,
        10_000,
        None,
    )


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is None:
            continue
        try:
            mine = app.get_process_id() == pid
        except GLib.Error:
            continue
        if mine and app.childCount > 0:
            return app
    return None


def walk(root):
    """Every node under `root` (itself first), in document order. The tree may change while it
    is walked: a node gone in between is skipped, not an error."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        except GLib.Error:
            continue
        stack.extend(reversed(children))


def nodes(root, role, name=None, prefix=None):
    """The nodes under `root` of `role`, named `name` or starting with `prefix` if given."""
    found = []
    for node in walk(root):
        try:
            if node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if prefix is not None and not node.name.startswith(prefix):
                continue
        except GLib.Error:
            continue
        found.append(node)
    return found


def one(root, role, name):
    """The single node of `role` named `name`, or None while there is none."""
    found = nodes(root, role, name)
    if len(found) > 1:
        raise Failed(f"{len(found)} nodes are a {role} named {name!r}, expected one")
    return found[0] if found else None


def texts(root):
    """What the labels under `root` say: their Text where they have it, else their names."""
    out = []
    for label in nodes(root, "label"):
        try:
            text = label.queryText()
            out.append(text.getText(0, text.characterCount))
        except NotImplementedError:
            out.append(label.name)
        except GLib.Error:
            continue  # gone while the tree was read
    return out


def press(node, action="click"):
    actions = node.queryAction()
    names = [actions.getName(i) for i in range(actions.nActions)]
    if action not in names:
        raise Failed(f"{node.getRoleName()} {node.name!r} has no {action!r} action: {names}")
    if not actions.doAction(names.index(action)):
        raise Failed(f"the {action!r} action of {node.name!r} was refused")


def has(node, state):
    return node.getState().contains(state)


def dump(node, depth=0, max_depth=8, budget=None):
    """The tree's roles, names, states and actions, indented, within a budget of lines."""
    budget = budget if budget is not None else [400]
    if node is None or budget[0] <= 0:
        return
    budget[0] -= 1
    try:
        states = [
            pyatspi.stateToString(s)
            for s in (pyatspi.STATE_PRESSED, pyatspi.STATE_CHECKED, pyatspi.STATE_SELECTED)
            if has(node, s)
        ]
        try:
            actions = node.queryAction()
            acts = [actions.getName(i) for i in range(actions.nActions)]
        except NotImplementedError:
            acts = []
        extra = "".join(
            [f" [{','.join(states)}]" if states else "", f" actions={acts}" if acts else ""]
        )
        name = node.name if len(node.name) <= 100 else node.name[:97] + "..."
        print(f"{'  ' * depth}{node.getRoleName()}: {name!r}{extra}")
        if depth >= max_depth:
            if node.childCount:
                print(f"{'  ' * (depth + 1)}... {node.childCount} children not shown")
            return
        for i in range(node.childCount):
            dump(node.getChildAtIndex(i), depth + 1, max_depth, budget)
    except GLib.Error as err:
        print(f"{'  ' * depth}(unreadable: {err})")
    if depth == 0 and budget[0] <= 0:
        print("... (tree cut short)")


def run(binary, expect, out_dir, home, state):
    regions = expect["regions"]
    target = expect["press"]["name"]
    sentence = expect["press"]["sentence"]

    step("turning accessibility on (org.a11y.Status.IsEnabled = true)")
    enable_accessibility()

    env = dict(os.environ)
    env.update(
        HOME=home,
        XDG_DATA_HOME=os.path.join(home, ".local/share"),
        XDG_CONFIG_HOME=os.path.join(home, ".config"),
        XDG_CACHE_HOME=os.path.join(home, ".cache"),
        XDG_STATE_HOME=os.path.join(home, ".local/state"),
    )
    env.pop("WAYLAND_DISPLAY", None)  # the virtual X display, whatever the caller runs in
    log = open(os.path.join(out_dir, "app.log"), "wb")
    state["log"] = log
    step(f"starting {binary} with a fresh home {home}")
    proc = subprocess.Popen([binary], env=env, stdout=log, stderr=subprocess.STDOUT)
    state["proc"] = proc

    def alive():
        if proc.poll() is not None:
            raise Failed(f"the app exited with status {proc.returncode}")

    app = wait_for("the app on the AT-SPI desktop", lambda: find_app(proc.pid), APP_DEADLINE, alive)
    state["app"] = app
    step(f"the app is on the desktop as {app.name!r} (pid {proc.pid})")

    skip = wait_for('the safety check\'s "Skip for now" button',
                    lambda: one(app, "push button", "Skip for now"), alive=alive)
    step('pressing "Skip for now" through its click action')
    press(skip)
    wait_for("the safety check to close",
             lambda: True if one(app, "push button", "Skip for now") is None else None,
             alive=alive)
    step("the safety check closed")

    def all_regions():
        found = {n.name: n for n in nodes(app, "toggle button") if n.name in regions}
        return found if len(found) == len(regions) else None

    try:
        buttons = wait_for(f"the map's {len(regions)} region buttons", all_regions, alive=alive)
    except Failed:
        found = {n.name for n in nodes(app, "toggle button")}
        missing = [name for name in regions if name not in found]
        others = sorted(found - set(regions))
        raise Failed(
            f"{len(missing)} of {len(regions)} regions have no button named after them: "
            f"{missing}; toggle buttons with other names: {others}"
        ) from None
    step(f"all {len(regions)} regions are toggle buttons named as the guide names them")

    already = [name for name, node in buttons.items() if has(node, pyatspi.STATE_PRESSED)]
    if already:
        raise Failed(f"regions pressed before any was chosen: {already}")
    if any(sentence in text for text in texts(app)):
        raise Failed(f"the page of {target!r} shows before its region is pressed")

    step(f"pressing {target!r} through its click action")
    press(buttons[target])
    wait_for(f"{target!r} to be pressed",
             lambda: True if has(buttons[target], pyatspi.STATE_PRESSED) else None, alive=alive)
    others = [n for n, b in buttons.items() if n != target and has(b, pyatspi.STATE_PRESSED)]
    if others:
        raise Failed(f"other regions pressed too: {others}")
    step(f"{target!r} is pressed, no other region is")

    def page_shows():
        shown = texts(app)
        title = target in shown
        summary = any(sentence in text for text in shown)
        return True if title and summary else None

    wait_for(f"the page of {target!r} (its title and {sentence!r})", page_shows, alive=alive)
    step(f"the panel shows the page: title {target!r} and {sentence!r}")

    switch = wait_for(f"the {LAYER!r} check box", lambda: one(app, "check box", LAYER), alive=alive)
    for _ in range(2):
        was = has(switch, pyatspi.STATE_CHECKED)
        step(f"{LAYER!r} is {'on' if was else 'off'}; pressing it through its click action")
        press(switch)
        wait_for(f"{LAYER!r} to turn {'off' if was else 'on'}",
                 lambda: True if has(switch, pyatspi.STATE_CHECKED) != was else None, alive=alive)

        def places_follow():
            places = nodes(app, "image", prefix=DANGER_PREFIX)
            return places if bool(places) != was else None

        places = wait_for(f"the places not to press to {'hide' if was else 'show'}",
                          places_follow, alive=alive)
        if was:
            step(f"{LAYER!r} is off: no place not to press is on the map")
        else:
            step(f"{LAYER!r} is on: {len(places)} places not to press on the map, "
                 f"e.g. {places[0].name!r}")
    if not has(buttons[target], pyatspi.STATE_PRESSED):
        raise Failed(f"{target!r} is no longer pressed after the layer switch")
    step(f"{target!r} is still pressed")


def stop(state):
    proc = state.get("proc")
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log = state.get("log")
    if log is not None:
        log.close()


def report(state, out_dir):
    """A screenshot of the virtual display and the accessible tree, to see what went wrong."""
    shot = os.path.join(out_dir, "failure.png")
    taken = subprocess.run(["import", "-window", "root", shot], check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"screenshot: {shot}" if taken.returncode == 0 else "no screenshot (import failed)")
    app = state.get("app")
    try:
        if app is not None:
            print("the app's accessible tree:")
            dump(app)
        else:
            print("the AT-SPI desktop:")
            dump(pyatspi.Registry.getDesktop(0), max_depth=1)
    except Exception as err:  # noqa: BLE001 - the app may be gone
        print(f"(could not walk the tree: {err})")


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, expect_path, out_dir = sys.argv[1:]
    with open(expect_path, encoding="utf-8") as f:
        expect = json.load(f)
    os.makedirs(out_dir, exist_ok=True)
    for stale in ("failure.png", "app.log"):
        if os.path.exists(os.path.join(out_dir, stale)):
            os.remove(os.path.join(out_dir, stale))
    home = tempfile.mkdtemp(prefix="home-", dir=out_dir)
    state = {}
    ok = False
    try:
        try:
            run(binary, expect, out_dir, home, state)
            ok = True
        except Failed as err:
            print(f"FAILED: {err}", flush=True)
        except Exception:  # noqa: BLE001 - report anything, then clean up
            print("FAILED with an unexpected error:", flush=True)
            traceback.print_exc(file=sys.stdout)
        if not ok:
            report(state, out_dir)
    finally:
        stop(state)
        shutil.rmtree(home, ignore_errors=True)
    log_path = os.path.join(out_dir, "app.log")
    if not ok and os.path.exists(log_path):
        with open(log_path, encoding="utf-8", errors="replace") as f:
            tail = f.read()[-4000:]
        print(f"the app's output ({log_path}):\n{tail}" if tail else "the app printed nothing")
    step("passed" if ok else "failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
