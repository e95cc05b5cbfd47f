#!/usr/bin/env python3
"""Drives the web build in headless Chromium through chromedriver, as a reader would.

Usage: scripts/web_test.py DIR POINTS_JSON OUT_DIR
  DIR          the built site (scripts/web.sh --no-serve writes target/web)
  POINTS_JSON  where to tap (tests/web.rs writes it from the app's accessible nodes)
  OUT_DIR      screenshots land here (kept on failure, and on success for a look)

Checks: the page shows a drawn, non-blank canvas; a tap on a region's place changes the panel
and the saved state; a tap answers the first safety-check question; a reload keeps the
selection and the answer; no console errors and no panic; and the same at a phone's size
(390x844). The page's icons and its manifest (and the manifest's icons) are served, at the sizes
they claim. Only the Python standard library, chromedriver's W3C WebDriver API and ImageMagick's
`identify` are used: nothing downloads a browser.
"""

import base64
import functools
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
STATE_KEY = "massage-guide.state"
# Wraps console.error and uncaught errors before the page's own scripts run.
ERROR_HOOK = """
window.__errors = [];
const original = console.error.bind(console);
console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); original(...args); };
window.addEventListener('error', e => window.__errors.push('uncaught: ' + e.message));
window.addEventListener('unhandledrejection', e => window.__errors.push('rejection: ' + e.reason));
// The first frame: the one after the app replaced the "Loading" text (ms since navigation).
let seen = false;
new MutationObserver((changes, observer) => {
  if (document.getElementById('loading_text')) { seen = true; return; }
  if (seen) {
    observer.disconnect();
    requestAnimationFrame(() => { window.__first_frame = performance.now(); });
  }
}).observe(document, {childList: true, subtree: true});
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as err:
            raise RuntimeError(f"{method} {path}: {err.read().decode()[:500]}") from None

    def start(self, width, height, scale, mobile):
        args = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                f"--window-size={width},{height}", f"--force-device-scale-factor={scale}"]
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": CHROMIUM, "args": args}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]
        self.cdp("Page.addScriptToEvaluateOnNewDocument", {"source": ERROR_HOOK})
        # The page's own size, whatever the browser's frame takes. The pixel density comes from
        # the command line above: emulating it here leaves the canvas at CSS pixels, drawn at a
        # third of its size, which no real phone does.
        self.cdp("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 0, "mobile": mobile})
        self.cdp("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 2})

    def s(self, path):
        return f"/session/{self.session}{path}"

    def cdp(self, cmd, params):
        return self.call("POST", self.s("/goog/cdp/execute"), {"cmd": cmd, "params": params})

    def go(self, url):
        self.call("POST", self.s("/url"), {"url": url})

    def js(self, script, *args):
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": list(args)})

    def tap(self, x, y):
        """A touch: pointer down and up at (x, y) in CSS pixels."""
        actions = {"actions": [{"type": "pointer", "id": "finger",
                                "parameters": {"pointerType": "touch"},
                                "actions": [
                                    {"type": "pointerMove", "duration": 0, "x": int(round(x)),
                                     "y": int(round(y)), "origin": "viewport"},
                                    {"type": "pointerDown", "button": 0},
                                    {"type": "pause", "duration": 80},
                                    {"type": "pointerUp", "button": 0}]}]}
        self.call("POST", self.s("/actions"), actions)
        self.call("DELETE", self.s("/actions"))

    def fingers(self, moves, duration=300):
        """Touches with several fingers at once: each move is ((x0, y0), (x1, y1))."""
        sources = []
        for i, ((x0, y0), (x1, y1)) in enumerate(moves):
            sources.append({"type": "pointer", "id": f"finger{i}",
                            "parameters": {"pointerType": "touch"},
                            "actions": [
                                {"type": "pointerMove", "duration": 0, "x": int(x0), "y": int(y0),
                                 "origin": "viewport"},
                                {"type": "pointerDown", "button": 0},
                                # A frame or two between steps, as a real finger gives.
                                {"type": "pause", "duration": 100},
                                {"type": "pointerMove", "duration": duration // 2,
                                 "x": int((x0 + x1) / 2), "y": int((y0 + y1) / 2),
                                 "origin": "viewport"},
                                {"type": "pointerMove", "duration": duration // 2, "x": int(x1),
                                 "y": int(y1), "origin": "viewport"},
                                {"type": "pause", "duration": 100},
                                {"type": "pointerUp", "button": 0}]})
        self.call("POST", self.s("/actions"), {"actions": sources})
        self.call("DELETE", self.s("/actions"))

    def screenshot(self, path):
        png = base64.b64decode(self.call("GET", self.s("/screenshot")))
        with open(path, "wb") as f:
            f.write(png)
        return path

    def quit(self):
        if self.session:
            self.call("DELETE", self.s(""))


def wait(what, test, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = test()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting until {what}")


def colours(path):
    out = subprocess.run(["identify", "-format", "%k", path], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip())


def saved_state(driver):
    return driver.js(f"return window.localStorage.getItem('{STATE_KEY}');") or ""


def started(driver):
    return driver.js("return document.getElementById('loading_text') === null "
                     "&& document.querySelector('canvas').width > 0;")


def errors(driver):
    return driver.js("return window.__errors || [];")


def main():
    site, points_file, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    with open(points_file) as f:
        points = json.load(f)

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"

    port = free_port()
    chromedriver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures = []
    try:
        wait("chromedriver answers", lambda: _answers(port), 20)
        for name, (width, height), scale, interact in [("desktop", (1280, 800), 1, True),
                                                        ("phone", (390, 844), 3, False)]:
            driver = Driver(port)
            try:
                driver.start(width, height, scale, mobile=name == "phone")
                check_size(driver, url, name, width, height, interact, points, out)
            except Exception as err:  # noqa: BLE001 - report every size, then fail
                failures.append(f"{name}: {err}")
                try:
                    driver.screenshot(os.path.join(out, f"web-{name}-failure.png"))
                except Exception:  # noqa: BLE001
                    pass
            finally:
                driver.quit()
    finally:
        chromedriver.terminate()
        server.shutdown()
    if failures:
        print("web test FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"web test passed; screenshots in {out}")


def _answers(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=2) as r:
            return json.load(r)["value"]["ready"]
    except OSError:
        return False


def check_size(driver, url, name, width, height, interact, points, out):
    driver.go(url)
    wait("the app has started", lambda: started(driver))
    first_frame = wait("the first frame", lambda: driver.js("return window.__first_frame;"))
    print(f"{name}: navigation start to first frame {first_frame / 1000:.2f} s")
    # A few frames for fonts and layout.
    time.sleep(1.0)
    sizes = driver.js("const c = document.querySelector('canvas'); "
                      "return [c.width, c.height, innerWidth, innerHeight, devicePixelRatio];")
    cw, ch, iw, ih, dpr = sizes
    assert (iw, ih) == (width, height), f"the page is {iw}x{ih}, not {width}x{height}"
    assert abs(cw - iw * dpr) <= 1 and abs(ch - ih * dpr) <= 1, \
        f"the canvas is {cw}x{ch} pixels for a {iw}x{ih} page at {dpr}x: drawn at the wrong scale"
    first = driver.screenshot(os.path.join(out, f"web-{name}.png"))
    n = colours(first)
    assert n > 200, f"the canvas looks blank ({n} colours)"
    assert not errors(driver), f"console errors: {errors(driver)}"
    check_icons(driver, url)
    if not interact:
        return

    question = points["no"]["question"]
    driver.tap(points["no"]["x"], points["no"]["y"])
    wait(f"the answer to {question} is saved", lambda: question in saved_state(driver), 10)

    region = points["region"]["id"]
    driver.tap(points["region"]["x"], points["region"]["y"])
    wait(f"{region} is selected and saved", lambda: f'"{region}"' in saved_state(driver), 10)
    time.sleep(0.5)
    chosen = driver.screenshot(os.path.join(out, f"web-{name}-region.png"))
    assert _differs(first, chosen), "the panel did not change after the tap"

    before = saved_state(driver)
    driver.go(url)
    wait("the app has started again", lambda: started(driver))
    time.sleep(1.0)
    after = saved_state(driver)
    assert f'"{region}"' in after and question in after, f"reload lost the state: {after[:300]}"
    reloaded = driver.screenshot(os.path.join(out, f"web-{name}-reloaded.png"))
    assert not _differs(chosen, reloaded, tolerance=0.02), \
        "after a reload the app does not show what it showed before"
    assert before == after, "the reload changed the saved state"

    # Two fingers spread apart on the map zoom it; one finger then drags it along.
    x, y = points["region"]["x"], points["region"]["y"] + 150
    driver.fingers([((x - 20, y), (x - 120, y)), ((x + 20, y), (x + 120, y))])
    time.sleep(0.5)
    pinched = driver.screenshot(os.path.join(out, f"web-{name}-pinched.png"))
    assert _differs(reloaded, pinched, tolerance=0.05), "a pinch did not zoom the map"
    # Towards the middle of the zoomed picture, so the view is not already at its edge.
    driver.fingers([((x, y), (x - 80, y - 40))])
    time.sleep(0.5)
    dragged = driver.screenshot(os.path.join(out, f"web-{name}-dragged.png"))
    assert _differs(pinched, dragged, tolerance=0.05), "a drag did not move the map"
    assert not errors(driver), f"console errors: {errors(driver)}"

    # Where the reader is: the toolbar's list, then Australia; the choice is saved.
    country = points["country"]
    driver.tap(country["x"], country["y"])
    time.sleep(0.5)
    driver.tap(country["entry_x"], country["entry_y"])
    wait(f"the country {country['id']} is chosen and saved",
         lambda: f'"{country["id"]}"' in saved_state(driver), 10)
    driver.screenshot(os.path.join(out, f"web-{name}-country.png"))
    assert not errors(driver), f"console errors: {errors(driver)}"


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read()


def png_size(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def check_icons(driver, url):
    """The page's icon links and manifest resolve, and each PNG is as large as it says."""
    links = driver.js("return [...document.querySelectorAll("
                      "'link[rel~=icon], link[rel=apple-touch-icon], link[rel=manifest]')]"
                      ".map(l => [l.rel, l.href, l.sizes.value]);")
    rels = {rel for rel, _, _ in links}
    assert {"icon", "apple-touch-icon", "manifest"} <= rels, f"icon links: {links}"
    icons = [(href, sizes) for rel, href, sizes in links if rel != "manifest"]
    manifest_url = next(href for rel, href, _ in links if rel == "manifest")
    manifest = json.loads(fetch(manifest_url))
    assert manifest["name"] == "Back Massage Guide" and manifest["display"] == "standalone"
    base = manifest_url.rsplit("/", 1)[0] + "/"
    icons += [(base + i["src"], i["sizes"]) for i in manifest["icons"]]
    assert any(s == "512x512" for _, s in icons) and any(s == "192x192" for _, s in icons), \
        "an installable page needs 192 and 512 pixel icons"
    for href, sizes in icons:
        data = fetch(href)
        if href.endswith(".svg"):
            assert b"<svg" in data[:400], f"{href} is not an SVG"
        elif sizes:
            w, h = png_size(data)
            assert f"{w}x{h}" == sizes, f"{href} is {w}x{h}, not {sizes}"


def _differs(a, b, tolerance=0.0):
    """Whether two screenshots differ in more than `tolerance` of their pixels."""
    out = subprocess.run(["compare", "-metric", "AE", a, b, "null:"], capture_output=True,
                         text=True)
    changed = float(out.stderr.split()[0]) if out.stderr else 0.0
    total = float(subprocess.run(["identify", "-format", "%[fx:w*h]", a], capture_output=True,
                               text=True, check=True).stdout)
    return changed / total > tolerance


if __name__ == "__main__":
    main()
