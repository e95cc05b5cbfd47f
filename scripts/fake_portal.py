#!/usr/bin/python3
"""A stand-in for the XDG desktop portal's file chooser that always picks one folder.

Usage: scripts/fake_portal.py FOLDER CALLS_LOG
  FOLDER     the folder every folder dialog answers with
  CALLS_LOG  each call is appended here as one line of JSON, for the test to check

Why it exists: "Open guide folder…" asks rfd for a folder (src/native/dialogs.rs), and rfd 0.17
asks the desktop portal over the D-Bus session bus (org.freedesktop.portal.FileChooser.OpenFile,
through libdbus loaded at run time), falling back to zenity. A real portal shows a dialog that
only a person can answer. This one answers at once, so scripts/atspi_test.py can press the menu
item through AT-SPI and the app's real code, rfd's included, opens a real folder, all inside
the test's own D-Bus session (start it there, before the app; it owns
org.freedesktop.portal.Desktop on that session bus only).

What rfd 0.17 does, and so what this answers (rfd's src/backend/xdg_desktop_portal and
portal/mod.rs): it calls OpenFile(parent_window, title, options) on
org.freedesktop.portal.Desktop at /org/freedesktop/portal/desktop, options holding handle_token
and, for a folder, directory=true and multiple=false. Before the call it listens for
org.freedesktop.portal.Request.Response from the owner of org.freedesktop.portal.Desktop on
/org/freedesktop/portal/desktop/request/<its unique name without ':' and with '.' as '_'>/
<handle_token>, the path a portal returns (older portals returned another, which rfd also
listens on). It waits for that signal without a timeout, then reads response code 0 and the
results' "uris", file:// URIs it percent-decodes. So the answer is that path, then the signal:
code 0 with the folder's URI (percent-encoded, as portals send it) when a single folder was
asked for; anything else (a file, several folders, a save dialog) is answered "cancelled"
(code 1), so the app never waits forever and the test sees the call in CALLS_LOG.

The answer comes a moment after the reply (ANSWER_AFTER_MS), as a person's would: rfd 0.17 waits
in dbus_connection_read_write(-1) before it looks at the messages already read, so a Response
that reaches it in the same read as the method's reply sits unseen while rfd waits on the socket
for ever (seen here: an answer sent right after the reply hung the app's dialog thread about one
time in two).

Needs python3-dbus and python3-gi (the GLib main loop).
"""

import json
import os
import pathlib
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
FILE_CHOOSER = "org.freedesktop.portal.FileChooser"
REQUEST = "org.freedesktop.portal.Request"
SUCCESS, CANCELLED = 0, 1
# Long after rfd has read the method's reply (see above), still quick for a test.
ANSWER_AFTER_MS = 300


def plain(value):
    """A D-Bus value as plain Python, for the log."""
    if isinstance(value, dbus.Boolean):
        return bool(value)
    if isinstance(value, (dbus.Array, list)):
        if value and all(isinstance(v, dbus.Byte) for v in value):
            return bytes(value).rstrip(b"\0").decode("utf-8", "replace")
        return [plain(v) for v in value]
    if isinstance(value, (dbus.Dictionary, dict)):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (dbus.Struct, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (int, float)):
        return value
    return str(value)


class Request(dbus.service.Object):
    """One dialog's request object: it answers with a single Response signal."""

    @dbus.service.signal(REQUEST, signature="ua{sv}")
    def Response(self, code, results):  # noqa: N802 - the D-Bus name
        pass

    @dbus.service.method(REQUEST, in_signature="", out_signature="")
    def Close(self):  # noqa: N802 - the D-Bus name
        self.remove_from_connection()


class FileChooser(dbus.service.Object):
    def __init__(self, bus, uri, log):
        super().__init__(bus, OBJECT_PATH)
        self.bus = bus
        self.uri = uri
        self.log = log

    def answer(self, method, sender, parent, title, options):
        token = str(options.get("handle_token", "fake_portal"))
        path = f"{OBJECT_PATH}/request/{sender.lstrip(':').replace('.', '_')}/{token}"
        folder = method == "OpenFile" and bool(options.get("directory", False)) and not bool(
            options.get("multiple", False)
        )
        code = SUCCESS if folder else CANCELLED
        call = {
            "method": method,
            "parent_window": str(parent),
            "title": str(title),
            "options": plain(options),
            "request": path,
            "answer": self.uri if folder else "cancelled",
        }
        self.log.write(json.dumps(call) + "\n")
        self.log.flush()
        print(f"fake portal: {method} {str(title)!r} -> {call['answer']}", flush=True)
        request = Request(self.bus, path)

        def respond():
            results = {"uris": dbus.Array([self.uri], signature="s")} if folder else {}
            request.Response(dbus.UInt32(code), dbus.Dictionary(results, signature="sv"))
            request.remove_from_connection()
            print(f"fake portal: answered {path}", flush=True)
            return False

        GLib.timeout_add(ANSWER_AFTER_MS, respond)
        return dbus.ObjectPath(path)

    @dbus.service.method(FILE_CHOOSER, in_signature="ssa{sv}", out_signature="o",
                         sender_keyword="sender")
    def OpenFile(self, parent, title, options, sender=None):  # noqa: N802 - the D-Bus name
        return self.answer("OpenFile", sender, parent, title, options)

    @dbus.service.method(FILE_CHOOSER, in_signature="ssa{sv}", out_signature="o",
                         sender_keyword="sender")
    def SaveFile(self, parent, title, options, sender=None):  # noqa: N802 - the D-Bus name
        return self.answer("SaveFile", sender, parent, title, options)

    @dbus.service.method(FILE_CHOOSER, in_signature="ssa{sv}", out_signature="o",
                         sender_keyword="sender")
    def SaveFiles(self, parent, title, options, sender=None):  # noqa: N802 - the D-Bus name
        return self.answer("SaveFiles", sender, parent, title, options)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    folder, calls_log = sys.argv[1:]
    # As portals send it: absolute, percent-encoded (a space is %20).
    uri = pathlib.Path(os.path.abspath(folder)).as_uri()
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    with open(calls_log, "a", encoding="utf-8") as log:
        chooser = FileChooser(bus, uri, log)
        # Owned only once the object is there, so a caller who sees the name can call it.
        name = dbus.service.BusName(BUS_NAME, bus, do_not_queue=True)
        print(f"fake portal: {name.get_name()} answers folder dialogs with {uri}", flush=True)
        loop = GLib.MainLoop()
        try:
            loop.run()
        except KeyboardInterrupt:
            pass
        del chooser
    return 0


if __name__ == "__main__":
    sys.exit(main())
