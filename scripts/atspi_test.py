#!/usr/bin/python3
"""Drives the desktop app through AT-SPI, as a screen reader does.

Usage: scripts/atspi_test.py BINARY EXPECT_JSON OUT_DIR
  BINARY       the app (tests/atspi.rs passes target/release/massage-guide)
  EXPECT_JSON  what to find (tests/atspi.rs writes it from the built-in guide):
               {"regions": [every region's accessible name],
                "press": {"name": the region to press, "sentence": from its summary},
                "folder": {"path": a copy of the built-in guide's files to open,
                           "region": a region to press in it,
                           "before": a sentence of its summary there,
                           "after": its new summary, in "regions_ron",
                           "regions_ron": the folder's regions.ron edited to say so}}
  OUT_DIR      a screenshot, the app's output and its fresh home land here on failure, and
               the fake portal's output (portal.log) and the calls it answered (portal.calls)

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
shows or hides the places not to press on the map.

Then a guide folder is opened as a reader does, with no terminal: the Guide menu (a button
named "Guide menu: Built-in guide", "Back to the built-in guide" disabled in it) is opened
through its action and "Open guide folder…" pressed. The app asks rfd for a folder, rfd asks the
desktop portal, and scripts/fake_portal.py, started in this D-Bus session before the app, stands
in for it and answers with the folder (one OpenFile call, for a single folder). The menu button
is then named "Guide menu: Guide from FOLDER" and the folder is listed under the recent ones. A
region pressed shows the folder's summary; its regions.ron is then rewritten as editors save
(a new file renamed over the old) and the page shows the new summary without anything pressed
(live reload). "Back to the built-in guide" names the menu button as before and the page shows
the built-in summary again. The app and the fake portal start fresh and are stopped at the end,
whatever happened.

Only the standard library, Debian's pyatspi (python3-pyatspi, with gi) and, for the fake portal,
python3-dbus are used.
"""

import json
import os
import re
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
MENU = "Guide menu: "
BUILT_IN = "Built-in guide"
OPEN_FOLDER = "Open guide folder…"
BACK = "Back to the built-in guide"
PORTAL = "org.freedesktop.portal.Desktop"
FAKE_PORTAL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fake_portal.py")

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


def has_owner(name):
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameHasOwner",
        GLib.Variant("(s)", (name,)),
        GLib.VariantType("(b)"),
        Gio.DBusCallFlags.NONE,
        10_000,
        None,
    )
    return reply.unpack()[0]


def start_portal(folder, out_dir, state):
    """The fake desktop portal, in this D-Bus session: folder dialogs answer `folder`."""
    if has_owner(PORTAL):
        raise Failed(f"{PORTAL} is already owned on this session bus: not the test's own session")
    calls = os.path.join(out_dir, "portal.calls")
    log = open(os.path.join(out_dir, "portal.log"), "wb")
    state["portal_log"] = log
    step(f"starting the fake desktop portal ({FAKE_PORTAL}) answering {folder}")
    proc = subprocess.Popen([sys.executable, FAKE_PORTAL, folder, calls],
                            stdout=log, stderr=subprocess.STDOUT)
    state["portal"] = proc

    def portal_alive():
        if proc.poll() is not None:
            raise Failed(f"the fake portal exited with status {proc.returncode}")

    wait_for(f"the fake portal to own {PORTAL}",
             lambda: True if has_owner(PORTAL) else None, alive=portal_alive)
    return calls, portal_alive


def portal_calls(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


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
    calls, portal_alive = start_portal(expect["folder"]["path"], out_dir, state)

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
        portal_alive()

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

    open_folder_and_edit_it(app, expect["folder"], calls, alive)


def open_folder_and_edit_it(app, folder, calls, alive):
    """Opens the guide folder through the Guide menu and the (fake) portal, edits a region's
    summary in it as an editor saves, sees the page follow, and goes back to the built-in
    guide."""
    path = folder["path"]
    region = folder["region"]
    before = folder["before"]
    after = folder["after"]
    built_in = MENU + BUILT_IN
    from_folder = f"{MENU}Guide from {path}"

    def menu_named(name):
        return wait_for(f"the Guide menu's button named {name!r}",
                        lambda: one(app, "push button", name), alive=alive)

    def open_menu(menu):
        """Opens the menu unless it is open (pressing its button again would close it)."""
        if one(app, "push button", BACK) is None:
            press(menu)
        return wait_for(f"the Guide menu to open (its {BACK!r} item)",
                        lambda: one(app, "push button", BACK), alive=alive)

    def shows(sentence):
        return any(sentence in text for text in texts(app))

    menu = menu_named(built_in)
    step(f"the Guide menu's button is named {built_in!r}; opening it through its click action")
    back = open_menu(menu)
    if has(back, pyatspi.STATE_SENSITIVE):
        raise Failed(f"{BACK!r} can be pressed while the built-in guide shows")
    step(f"the menu is open; {BACK!r} is disabled")
    item = wait_for(f"the {OPEN_FOLDER!r} item", lambda: one(app, "push button", OPEN_FOLDER),
                    alive=alive)
    if portal_calls(calls):
        raise Failed(f"the portal was called before {OPEN_FOLDER!r}: {portal_calls(calls)}")
    step(f"pressing {OPEN_FOLDER!r} (the app asks rfd, rfd the fake portal)")
    press(item)
    try:
        menu = menu_named(from_folder)
    except Failed:
        raise Failed(f"the folder did not open; the portal's calls: {portal_calls(calls)}; "
                     f"menu buttons: {[n.name for n in nodes(app, 'push button', prefix=MENU)]}"
                     ) from None
    answered = portal_calls(calls)
    if len(answered) != 1 or answered[0]["method"] != "OpenFile":
        raise Failed(f"expected one OpenFile call to the portal, got {answered}")
    options = answered[0]["options"]
    if options.get("directory") is not True or options.get("multiple") is not False:
        raise Failed(f"the portal was not asked for a single folder: {options}")
    # The dialog belongs to the app's window (X11 here: "x11:" and the window's id in hex), so
    # the desktop keeps it over the app instead of anywhere on screen.
    parent = answered[0]["parent_window"]
    if not re.fullmatch(r"x11:[0-9a-f]+", parent) or parent == "x11:0":
        raise Failed(f"the folder dialog was not given the app's window: {parent!r}")
    step(f"the portal was asked once for a folder ({answered[0]['title']!r}, over window "
         f"{parent}, handle_token {options.get('handle_token')!r}); the menu's button is named "
         f"{from_folder!r}")

    button = wait_for(f"the {region!r} region button in the folder's guide",
                      lambda: one(app, "toggle button", region), alive=alive)
    if not has(button, pyatspi.STATE_PRESSED):
        step(f"pressing {region!r} through its click action")
        press(button)
        wait_for(f"{region!r} to be pressed",
                 lambda: True if has(button, pyatspi.STATE_PRESSED) else None, alive=alive)
    wait_for(f"the page of {region!r} to show {before!r}",
             lambda: True if shows(before) else None, alive=alive)
    if shows(after):
        raise Failed(f"{after!r} shows before regions.ron was edited")
    step(f"the page of {region!r} shows {before!r}")

    # As editors save: the whole file written anew beside the old, then renamed over it.
    regions_ron = os.path.join(path, "regions.ron")
    fd, temp = tempfile.mkstemp(prefix=".regions.ron.", dir=path)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(folder["regions_ron"])
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, regions_ron)
    edited = time.monotonic()
    step(f"regions.ron in the folder rewritten and renamed over: {region!r} now says {after!r}")
    wait_for(f"the page to show the edited summary {after!r} (live reload)",
             lambda: True if shows(after) and not shows(before) else None, alive=alive)
    step(f"live reload: the page shows the edited summary "
         f"{time.monotonic() - edited:.2f}s after the save, the old one is gone")
    if one(app, "push button", from_folder) is None:
        raise Failed(f"the Guide menu's button is no longer named {from_folder!r}")

    back = open_menu(menu)
    wait_for(f"{path!r} under the recent guide folders",
             lambda: one(app, "push button", path), alive=alive)
    if not has(back, pyatspi.STATE_SENSITIVE):
        raise Failed(f"{BACK!r} is disabled while the folder's guide shows")
    step(f"the menu is open, {path!r} is listed as a recent folder; pressing {BACK!r}")
    press(back)
    menu_named(built_in)
    wait_for(f"the page of {region!r} to show the built-in {before!r} again, not {after!r}",
             lambda: True if shows(before) and not shows(after) else None, alive=alive)
    step(f"the Guide menu's button is named {built_in!r} again; the page of {region!r} "
         f"shows the built-in summary")
    if len(portal_calls(calls)) != 1:
        raise Failed(f"the portal was called again: {portal_calls(calls)}")


def stop(state):
    """Ends the app and the stand-in portal, politely first, and closes their logs."""
    for name in ("proc", "portal"):
        child = state.get(name)
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
    for name in ("log", "portal_log"):
        log = state.get(name)
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
    for stale in ("failure.png", "app.log", "portal.log", "portal.calls"):
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
    portal_path = os.path.join(out_dir, "portal.log")
    if not ok and os.path.exists(portal_path):
        with open(portal_path, encoding="utf-8", errors="replace") as f:
            tail = f.read()[-2000:]
        print(f"the fake portal's output ({portal_path}):\n{tail}" if tail
              else "the fake portal printed nothing")
    step("passed" if ok else "failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
