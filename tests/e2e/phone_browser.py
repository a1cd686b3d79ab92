#!/usr/bin/env python3
"""Drives the phone page in headless Chromium (390x844) through chromedriver's WebDriver API,
one step per call, for the e2e case phone-browser. Python's standard library only.

    phone_browser.py STATE start URL [LANG]      chromedriver + a browser at URL (STATE keeps them)
    phone_browser.py STATE join-new [NAME]       tap "I'm new" (with a name) on the join screen
    phone_browser.py STATE note STAGE LANE TEXT  pick the stage and lane ids, type TEXT, Send
    phone_browser.py STATE vote STAGE VALUE      tap the face VALUE (-2..2) of stage STAGE
    phone_browser.py STATE tap CSS               tap the element CSS selects (once it is usable)
    phone_browser.py STATE wait-text TEXT [S]    wait until the page shows TEXT (default 15 s)
    phone_browser.py STATE eval EXPR             print the JSON of a JavaScript expression on the page
    phone_browser.py STATE text                  print what the page shows
    phone_browser.py STATE shot PNG [full]       screenshot of the viewport (or the whole page)
    phone_browser.py STATE stop                  close the browser and chromedriver

chromium and chromedriver come from $JB_CHROMIUM / $JB_CHROMEDRIVER, else from PATH
(Debian's chromium and chromium-driver). A watchdog ends chromedriver and its browser when
the owner process (the test's shell, $JB_OWNER_PID or the caller's parent) is gone, or after
JB_BROWSER_LIMIT seconds (default 300), so a failed test leaves no browser behind.
Every failure exits 1 with one line saying what did not happen.
"""
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def die(text):
    print("phone_browser: " + text, file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None, timeout=30):
    """One WebDriver request; returns its "value" or dies with the driver's message."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return json.loads(res.read() or b"{}").get("value")
    except urllib.error.HTTPError as e:
        try:
            value = json.loads(e.read()).get("value", {})
            detail = "%s: %s" % (value.get("error"), str(value.get("message", "")).splitlines()[0])
        except Exception:  # the driver sent no JSON
            detail = str(e)
        raise RuntimeError("WebDriver %s %s failed (%s)" % (method, path, detail))
    except (urllib.error.URLError, OSError) as e:
        raise RuntimeError("chromedriver did not answer %s %s (%s)" % (method, path, e))


class Page:
    def __init__(self, state):
        self.base, self.sid = state["base"], state["session"]

    def do(self, method, path, body=None, timeout=30):
        return call(self.base, method, "/session/" + self.sid + path, body, timeout)

    def js(self, script, *args):
        return self.do("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css, seconds=10):
        """The first visible element matching css, waiting up to seconds for it."""
        end = time.time() + seconds
        while True:
            found = self.js("var e = document.querySelector(arguments[0]);"
                            "return !!(e && e.offsetParent !== null && !e.disabled);", css)
            if found:
                return self.do("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]
            if time.time() > end:
                raise RuntimeError("no usable element %s on the page after %d s; the page shows: %s"
                                   % (css, seconds, self.text()[:400].replace("\n", " | ")))
            time.sleep(0.2)

    def tap(self, css, seconds=10):
        self.do("POST", "/element/" + self.find(css, seconds) + "/click", {})

    def type(self, css, text):
        self.do("POST", "/element/" + self.find(css) + "/value", {"text": text})

    def text(self):
        return self.js("return document.body.innerText;") or ""

    def wait_text(self, want, seconds):
        end = time.time() + seconds
        while want not in self.text():
            if time.time() > end:
                raise RuntimeError("the page did not show %r within %d s; it shows: %s"
                                   % (want, seconds, self.text()[:600].replace("\n", " | ")))
            time.sleep(0.2)


def start(state_file, url, lang):
    driver = os.environ.get("JB_CHROMEDRIVER") or shutil.which("chromedriver")
    browser = os.environ.get("JB_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not driver:
        die("chromedriver is not installed (Debian chromium-driver: sh third_party/bootstrap.sh deps)")
    if not browser:
        die("chromium is not installed (Debian chromium: sh third_party/bootstrap.sh deps)")
    work = os.path.dirname(os.path.abspath(state_file))
    port = free_port()
    log = open(os.path.join(work, "chromedriver.log"), "w")
    proc = subprocess.Popen([driver, "--port=%d" % port], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    owner = int(os.environ.get("JB_OWNER_PID") or os.getppid())
    limit = os.environ.get("JB_BROWSER_LIMIT", "300")
    watch = subprocess.Popen([sys.executable, os.path.abspath(__file__), state_file, "watch",
                              str(proc.pid), str(owner), limit], start_new_session=True,
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % port
    state = {"base": base, "driver_pid": proc.pid, "watch_pid": watch.pid, "session": ""}
    json.dump(state, open(state_file, "w"))
    end = time.time() + 20
    while True:
        try:
            if call(base, "GET", "/status", timeout=2).get("ready"):
                break
        except RuntimeError:
            pass
        if proc.poll() is not None or time.time() > end:
            die("chromedriver did not start (see %s/chromedriver.log)" % work)
        time.sleep(0.2)
    profile = os.path.join(work, "chromium-profile")
    options = {"binary": browser,
               "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=390,844", "--hide-scrollbars", "--no-first-run",
                        "--disable-extensions", "--disable-background-networking", "--disable-sync",
                        "--user-data-dir=" + profile, "--lang=" + lang],
               "prefs": {"intl.accept_languages": lang},
               # A phone's viewport (a bare --window-size gives a desktop window of 500 px at least).
               "mobileEmulation": {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0,
                                                     "touch": True}}}
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options,
                                             "timeouts": {"pageLoad": 20000, "script": 20000}}}}
    try:
        session = call(base, "POST", "/session", caps, timeout=60)
    except RuntimeError as e:
        die("headless Chromium did not start: %s" % e)
    state["session"] = session["sessionId"]
    json.dump(state, open(state_file, "w"))
    page = Page(state)
    page.do("POST", "/url", {"url": url}, timeout=30)
    size = page.js("return [window.innerWidth, window.innerHeight];")
    print("browser: %s, viewport %sx%s, page %s" % (browser, size[0], size[1], url))


def watch(driver_pid, owner_pid, limit):
    """Ends chromedriver's process group once the owner is gone or the time limit passed."""
    end = time.time() + limit
    def alive(pid):
        try:
            os.kill(pid, 0)
            return True
        except OSError:
            return False
    while alive(driver_pid) and alive(owner_pid) and time.time() < end:
        time.sleep(0.5)
    try:
        os.killpg(driver_pid, signal.SIGTERM)
        time.sleep(1)
        os.killpg(driver_pid, signal.SIGKILL)
    except OSError:
        pass


def stop(state):
    try:
        call(state["base"], "DELETE", "/session/" + state["session"], timeout=15)
    except RuntimeError:
        pass
    for pid in (state.get("driver_pid"), state.get("watch_pid")):
        try:
            os.killpg(pid, signal.SIGTERM)
        except (OSError, TypeError):
            pass


def main(argv):
    if len(argv) < 3:
        die(__doc__)
    state_file, command, args = argv[1], argv[2], argv[3:]
    if command == "start":
        return start(state_file, args[0], args[1] if len(args) > 1 else "en")
    if command == "watch":
        return watch(int(args[0]), int(args[1]), float(args[2]))
    try:
        state = json.load(open(state_file))
    except (OSError, ValueError):
        die("no browser started (%s is missing)" % state_file)
    if command == "stop":
        return stop(state)
    page = Page(state)
    if command == "join-new":
        page.find("#join-new", 20)
        if args and args[0]:
            page.type("#join-name", args[0])
        page.tap("#join-new")
        page.find("#screen-board #phase", 20)
    elif command == "note":
        stage, lane, text = args[0], args[1], args[2]
        page.find("#note-text", 20)
        picked = page.js(
            "function pick(id, v) { var s = document.getElementById(id);"
            " if (!Array.prototype.some.call(s.options, function (o) { return o.value === v; })) return false;"
            " s.value = v; s.dispatchEvent(new Event('change', {bubbles: true})); return true; }"
            "return pick('note-stage', arguments[0]) && pick('note-lane', arguments[1]);", stage, lane)
        if not picked:
            raise RuntimeError("stage %s or lane %s is not in the pickers" % (stage, lane))
        page.type("#note-text", text)
        page.tap("#note-send")
        page.wait_text(text, 15)  # in "my notes" once the board's state came back
    elif command == "vote":
        stage, value = args[0], args[1]
        css = '#vote-list button.face[data-stage="%s"][data-value="%s"]' % (stage, value)
        page.tap(css, 20)
        end = time.time() + 10
        while page.js("var b = document.querySelector(arguments[0]);"
                      "return b && b.getAttribute('aria-pressed');", css) != "true":
            if time.time() > end:
                raise RuntimeError("the face %s of stage %s is not marked after the tap; the page shows: %s"
                                   % (value, stage, page.text()[:400].replace("\n", " | ")))
            time.sleep(0.2)
    elif command == "tap":
        page.tap(args[0], 10)
    elif command == "wait-text":
        page.wait_text(args[0], float(args[1]) if len(args) > 1 else 15)
    elif command == "eval":
        print(json.dumps(page.js("return (" + args[0] + ");"), ensure_ascii=False))
    elif command == "text":
        print(page.text())
    elif command == "shot":
        if len(args) > 1 and args[1] == "full":  # the whole page, not only the viewport
            height = page.js("return Math.ceil(document.documentElement.scrollHeight);")
            shot = page.do("POST", "/goog/cdp/execute", {"cmd": "Page.captureScreenshot", "params": {
                "captureBeyondViewport": True, "clip": {"x": 0, "y": 0, "width": 390, "height": height, "scale": 1}}})
            png = base64.b64decode(shot["data"])
        else:
            png = base64.b64decode(page.do("GET", "/screenshot"))
        open(args[0], "wb").write(png)
    else:
        die("unknown command %s" % command)


if __name__ == "__main__":
    try:
        main(sys.argv)
    except RuntimeError as e:
        die(str(e))
