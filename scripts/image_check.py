#!/usr/bin/python3
"""Build the course's Binder/Docker image here and use it the way mybinder.org and a browser do.

    /usr/bin/python3 scripts/image_check.py [--no-build] [--image NAME] [LESSON ...]

`make image-check` runs it (as root: buildah's storage is /var/lib/containers). Steps:

 1. The base image: scripts/image_base.sh makes a local stand-in for golang:1.26-bookworm when
    there is none (Docker Hub is not needed).
 2. The image: `buildah bud --isolation chroot --layers -f binder/Dockerfile .`, the file mybinder.org
    builds, with no Docker engine (buildah is a Debian package). --no-build reuses the image.
 3. The server, started as BinderHub starts it: as uid 1000, in the image's working directory,
    through BinderHub's launcher (python3 runs jupyter-lab when JupyterLab 3 or newer is
    installed, else jupyter-notebook) with the arguments BinderHub passes when it does not
    authenticate: --ip, --port, --NotebookApp.base_url=/user/<name>/, --NotebookApp.token,
    --NotebookApp.trust_xheaders=True and each of them again as --ServerApp.*. The container is
    `buildah from` + `buildah run` (chroot isolation, the host's network), so it needs no engine
    either.
 4. The README's Binder badge: the page its urlpath names opens (HTTP 200), and the contents API
    lists every lesson in the folder it names. `jupyterhub-singleuser`, what an authenticated
    BinderHub starts instead, answers --version.
 5. Every lesson (notebooks/*.ipynb, or the LESSONs named), as the browser runs it: a session
    from the REST sessions API (which starts the Go kernel), then each code cell sent as an
    execute_request on the kernel's websocket channel, replies matched to requests by msg_id.
    A lesson fails on an error output, a reply whose status is not ok, or no reply in time.

It prints the build time, the image size, and for each lesson the seconds from the session
request to its first chart and to its last cell's reply. The client is Tornado's (Jupyter's own
dependency, so nothing is installed for it).
"""

import argparse
import asyncio
import datetime
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import uuid

try:
    from tornado import httpclient, ioloop, websocket
except ImportError as e:  # pragma: no cover - depends on the machine
    sys.exit(f"error: {e}. Run scripts/setup.sh first (it installs Jupyter, which brings Tornado).")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGE = "localhost/neurons-in-go:check"
BASE_URL = "/user/neurons-binder/"  # BinderHub serves each server under /user/<name>/
UID = "1000"
KERNEL = "gophernotes"  # the kernelspec scripts/kernel.sh installs
# BinderHub's launcher (its helm chart's singleuser.cmd), in substance: JupyterLab 3 or newer if
# it imports, else the classic notebook server, with BinderHub's arguments passed on.
LAUNCHER = """
import os, sys
try:
    import jupyterlab, jupyterlab.labapp
    lab = int(jupyterlab.__version__.split(".")[0]) >= 3
except Exception:
    lab = False
exe = "jupyter-lab" if lab else "jupyter-notebook"
print("launching", exe, file=sys.stderr)
os.execvp(exe, sys.argv)
"""
START_TIMEOUT = 300  # seconds for the server to answer: a loaded machine starts Python slowly
KERNEL_TIMEOUT = 600  # seconds for one cell's reply (a lesson's first import compiles a plugin)
# What the kernel prints (patch 99) when an import's modules are not all in the module cache and
# it asks the network proxy: the image's warm step should have cached every module a lesson needs.
NETWORK_IMPORT = "the module cache lacks a module"


def log(msg):
    print(f"image-check: {msg}", flush=True)


def die(msg):
    print(f"\nimage-check: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(1)


def run(cmd, **kw):
    """Runs cmd, failing with its output when it fails; returns its stdout."""
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    if p.returncode != 0:
        die(f"{' '.join(cmd)} exited with {p.returncode}:\n{p.stdout[-4000:]}")
    return p.stdout


def badge_urlpath():
    """The urlpath of the README's Binder badge (for example tree/notebooks)."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"https://mybinder\.org/v2/gh/[^)\s]*\?[^)\s]*urlpath=([^)\s&]+)", text)
    if not m:
        die("README.md has no mybinder.org badge link with a urlpath")
    return urllib.parse.unquote(m.group(1)).lstrip("/")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(image):
    """Makes the base when missing, builds binder/Dockerfile; returns the build's seconds."""
    if subprocess.run(["bash", os.path.join(ROOT, "scripts", "image_base.sh")], cwd=ROOT).returncode != 0:
        die("could not make the base image (scripts/image_base.sh, above)")
    dockerfile = os.path.join(ROOT, "binder", "Dockerfile")
    log(f"buildah bud --isolation chroot --layers -f binder/Dockerfile -t {image} . (log: /tmp/neurons-image-build.log)")
    t0 = time.monotonic()
    with open("/tmp/neurons-image-build.log", "w") as out:
        p = subprocess.run(
            ["buildah", "bud", "--isolation", "chroot", "--pull=false", "--layers",
             "-f", dockerfile, "-t", image, "."],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        )
    seconds = time.monotonic() - t0
    if p.returncode != 0:
        with open("/tmp/neurons-image-build.log") as f:
            tail = f.read()[-4000:]
        die(f"the image build failed after {seconds:.0f} s:\n{tail}")
    return seconds


def image_size(image):
    """The image's size as buildah reports it (uncompressed, all layers)."""
    return run(["buildah", "images", "--format", "{{.Size}}", image]).strip().splitlines()[0]


class Container:
    """A working container of the image with the notebook server running in it, as uid 1000."""

    def __init__(self, image, port, token):
        self.name = f"neurons-check-{os.getpid()}"
        self.ctr = run(["buildah", "from", "--pull=false", "--name", self.name, image]).strip()
        args = [
            "--ip=0.0.0.0", f"--port={port}",
            f"--NotebookApp.base_url={BASE_URL}", f"--NotebookApp.token={token}",
            "--NotebookApp.trust_xheaders=True",
        ]
        args += [a.replace("--NotebookApp.", "--ServerApp.") for a in args if a.startswith("--NotebookApp.")]
        self.logpath = "/tmp/neurons-image-server.log"
        self.log = open(self.logpath, "w")
        # buildah run keeps the image's working directory and environment; the process group
        # lets us stop the server and everything it started (kernels, compilers) together.
        # NEURONS_CHECK marks the server and everything it starts (its environment is inherited),
        # so stop() can find them by pid whatever process group or session they end up in.
        self.marker = f"NEURONS_CHECK={token}".encode()
        self.proc = subprocess.Popen(
            ["buildah", "run", "--isolation", "chroot", "--network", "host", "--user", f"{UID}:{UID}",
             "--env", self.marker.decode(), self.ctr, "--", "python3", "-c", LAUNCHER] + args,
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def exec(self, *cmd):
        return run(["buildah", "run", "--isolation", "chroot", "--user", f"{UID}:{UID}", self.ctr, "--"] + list(cmd))

    def server_log(self, start=0):
        """The server's log (its kernels' output included) from byte offset start."""
        self.log.flush()
        with open(self.logpath, "rb") as f:
            f.seek(start)
            return f.read().decode(errors="replace")

    def log_size(self):
        return os.path.getsize(self.logpath)

    def processes(self):
        """One line per process of the server and what it started: pid, state, kernel wait
        channel, command line; shows what a cell that does not answer is waiting on."""
        lines = []
        for pid in sorted(marked_pids(self.marker)):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
                with open(f"/proc/{pid}/stat") as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
                with open(f"/proc/{pid}/wchan") as f:
                    wchan = f.read().strip() or "-"
            except OSError:
                continue
            lines.append(f"    {pid:>7} {state} {wchan:<24} {cmd[:160]}")
        return "\n".join(lines)

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        # chroot isolation leaves processes in the host's PID namespace: any left (a kernel that
        # outlived the server) is ended by its pid.
        for pid in marked_pids(self.marker):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.log.close()
        subprocess.run(["buildah", "rm", self.ctr], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def marked_pids(marker):
    """The pids of the processes whose environment holds marker (NAME=value)."""
    out = []
    for d in os.listdir("/proc"):
        if d.isdigit() and int(d) != os.getpid():
            try:
                with open(f"/proc/{d}/environ", "rb") as f:
                    if marker in f.read().split(b"\0"):
                        out.append(int(d))
            except OSError:
                pass
    return out


class Server:
    """The REST and websocket API of the notebook server, as the browser uses it."""

    def __init__(self, port, token):
        self.http = f"http://127.0.0.1:{port}{BASE_URL}"
        self.ws = f"ws://127.0.0.1:{port}{BASE_URL}"
        self.token = token
        self.client = httpclient.HTTPClient()

    def request(self, method, path, body=None, auth=True, timeout=60):
        return self.client.fetch(self.prepare(method, path, body, auth, timeout), raise_error=False)

    def prepare(self, method, path, body, auth, timeout):
        headers = {"Authorization": f"token {self.token}"} if auth else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        return httpclient.HTTPRequest(
            self.http + path, method=method, headers=headers,
            body=None if body is None else json.dumps(body),
            request_timeout=timeout, follow_redirects=False,
        )

    def api(self, method, path, body=None):
        return self.decode(method, path, self.request(method, path, body))

    async def aapi(self, method, path, body=None):
        """api, inside a coroutine (the blocking client cannot run inside the event loop)."""
        r = await httpclient.AsyncHTTPClient().fetch(self.prepare(method, path, body, True, 60), raise_error=False)
        return self.decode(method, path, r)

    @staticmethod
    def decode(method, path, r):
        if r.code >= 300:
            die(f"{method} {BASE_URL}{path}: HTTP {r.code} {r.body[:500] if r.body else ''}")
        return json.loads(r.body) if r.body else None

    def wait_up(self, container):
        t0 = time.monotonic()
        while time.monotonic() - t0 < START_TIMEOUT:
            if container.proc.poll() is not None:
                die(f"the server exited with {container.proc.returncode}:\n{container.server_log()[-3000:]}")
            try:
                r = self.request("GET", "api/status", timeout=10)
                if r.code == 200:
                    return time.monotonic() - t0
            except (OSError, httpclient.HTTPClientError):
                pass
            time.sleep(1)  # polling a port that is not open yet: there is no event to wait on
        die(f"the server did not answer {self.http}api/status within {START_TIMEOUT} s:\n{container.server_log()[-3000:]}")


def message(msg_type, session, content):
    return {
        "header": {
            "msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session,
            "username": "student", "version": "5.3",
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        },
        "parent_header": {}, "metadata": {}, "content": content, "channel": "shell", "buffers": [],
    }


async def run_lesson(server, path):
    """Runs the code cells of the notebook at path (relative to the server's root) on a new
    session; returns (seconds to the first chart or None, seconds to the end, cells run)."""
    nb = (await server.aapi("GET", "api/contents/" + urllib.parse.quote(path)))["content"]
    cells = [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
             for c in nb["cells"] if c["cell_type"] == "code"]
    t0 = time.monotonic()
    sess = await server.aapi("POST", "api/sessions", {
        "path": path, "name": os.path.basename(path), "type": "notebook", "kernel": {"name": KERNEL},
    })
    kid, session = sess["kernel"]["id"], uuid.uuid4().hex
    url = f"{server.ws}api/kernels/{kid}/channels?session_id={session}"
    req = httpclient.HTTPRequest(url, headers={"Authorization": f"token {server.token}"}, connect_timeout=60)
    conn = await websocket.websocket_connect(req, max_message_size=256 << 20)
    first_chart = None
    try:
        for i, code in enumerate(cells, 1):
            msg = message("execute_request", session, {
                "code": code, "silent": False, "store_history": True, "user_expressions": {},
                "allow_stdin": False, "stop_on_error": True,
            })
            mid = msg["header"]["msg_id"]
            await conn.write_message(json.dumps(msg))
            reply, idle = None, False
            deadline = time.monotonic() + KERNEL_TIMEOUT
            while reply is None or not idle:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LessonError(f"cell {i}: no reply within {KERNEL_TIMEOUT} s")
                try:
                    raw = await asyncio.wait_for(conn.read_message(), left)
                except asyncio.TimeoutError:
                    raise LessonError(f"cell {i}: no reply within {KERNEL_TIMEOUT} s") from None
                if raw is None:
                    raise LessonError(f"cell {i}: the kernel's websocket closed ({conn.close_code} {conn.close_reason})")
                if isinstance(raw, bytes):
                    continue  # binary frames carry buffers, which these lessons do not use
                m = json.loads(raw)
                state = m.get("content", {}).get("execution_state") if m.get("msg_type") == "status" else None
                if state in ("restarting", "dead"):
                    # the server's own message: the kernel's process ended, and what was sent
                    # to it (this cell) is lost
                    raise LessonError(f"cell {i}: the kernel's process ended and the server "
                                      f"{'restarted it' if state == 'restarting' else 'could not restart it'}")
                if m.get("parent_header", {}).get("msg_id") != mid:
                    continue  # another request's (the kernel_info the server sends on connect)
                kind, content = m["msg_type"], m["content"]
                if kind == "error":
                    raise LessonError(f"cell {i}: {content.get('ename')}: {content.get('evalue')}")
                if kind in ("display_data", "execute_result") and first_chart is None:
                    if any(k.startswith("image/") for k in content.get("data", {})):
                        first_chart = time.monotonic() - t0
                if kind == "execute_reply":
                    reply = content
                    if content.get("status") != "ok":
                        raise LessonError(f"cell {i}: reply status {content.get('status')}: {content.get('evalue', '')}")
                if kind == "status" and content.get("execution_state") == "idle":
                    idle = True
        return first_chart, time.monotonic() - t0, len(cells)
    finally:
        conn.close()
        await server.aapi("DELETE", f"api/sessions/{sess['id']}")


class LessonError(Exception):
    pass


def check_badge(server, lessons):
    urlpath = badge_urlpath()
    r = server.request("GET", urlpath + "?token=" + server.token, auth=False)
    if r.code != 200:
        die(f"the badge's urlpath {urlpath} answers HTTP {r.code}, not 200")
    folder = urlpath.split("/", 1)[1] if "/" in urlpath else ""
    listing = server.api("GET", "api/contents/" + urllib.parse.quote(folder))
    names = {e["name"] for e in listing["content"]}
    missing = [os.path.basename(p) for p in lessons if os.path.dirname(p) == folder and os.path.basename(p) not in names]
    if missing:
        die(f"the badge's folder {folder or '/'} lacks {', '.join(missing)}")
    log(f"badge urlpath {urlpath}: HTTP 200, lists {len(names)} entries")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-build", action="store_true", help="use the image already built")
    ap.add_argument("--image", default=IMAGE, help=f"image name (default {IMAGE})")
    ap.add_argument("lessons", nargs="*", help="notebooks relative to the repository (default notebooks/*.ipynb)")
    args = ap.parse_args()
    if os.geteuid() != 0:
        die("run as root: buildah keeps its images in /var/lib/containers")
    if not shutil.which("buildah"):
        log("buildah is missing: scripts/image_base.sh installs it")
    lessons = args.lessons or sorted(
        f"notebooks/{n}" for n in os.listdir(os.path.join(ROOT, "notebooks")) if n.endswith(".ipynb"))

    build_s = None
    if not args.no_build:
        build_s = build(args.image)
        log(f"built {args.image} in {build_s / 60:.1f} min")
    size = image_size(args.image)
    log(f"image size {size}")

    port, token = free_port(), secrets.token_hex(16)
    container = Container(args.image, port, token)
    results, failed = [], []
    try:
        server = Server(port, token)
        up = server.wait_up(container)
        log(f"server up after {up:.0f} s ({server.http}, as uid {UID})")
        who = container.exec("sh", "-c", 'id -u; echo "$HOME"; stat -c %u "$HOME" "$PWD"; pwd').split()
        if who[0] != UID or who[2] != UID or who[3] != UID or not who[4].startswith(who[1]):
            die(f"the image runs as uid {who[0]} in {who[4]} (HOME {who[1]}, owners {who[2]} {who[3]}); Binder wants uid {UID} with the course in $HOME, owned by it")
        log(f"uid {who[0]}, HOME {who[1]}, the course in {who[4]}, owned by uid {who[3]}")
        log("authenticated BinderHubs: " + container.exec("jupyterhub-singleuser", "--version").strip().splitlines()[-1])
        check_badge(server, lessons)
        loop = ioloop.IOLoop.current()
        for path in lessons:
            start = container.log_size()
            try:
                chart, total, n = loop.run_sync(lambda: run_lesson(server, path))
            except LessonError as e:
                failed.append(path)
                log(f"FAIL {path}: {e}")
                log("the server's processes at that moment (pid, state, wait channel, command):\n"
                    + (container.processes() or "    (none)"))
                log("the server's log during the lesson (last 3000 characters):\n"
                    + container.server_log(start)[-3000:])
                continue
            if NETWORK_IMPORT in container.server_log(start):
                failed.append(path)
                log(f"FAIL {path}: an import needed the network: the image's module cache lacks a module "
                    "that the lesson imports (the build's warm step should have fetched it); its log:\n"
                    + container.server_log(start)[-3000:])
                continue
            results.append((path, chart, total, n))
            log(f"ok   {path}: {n} cells, first chart {'%.0f s' % chart if chart is not None else 'none'}, done {total:.0f} s")
    finally:
        container.stop()

    print()
    print(f"image-check: {args.image}, {size}" + (f", built in {build_s / 60:.1f} min" if build_s else ""))
    print(f"  {'lesson':<40} {'first chart':>12} {'all cells':>10}")
    for path, chart, total, n in results:
        print(f"  {path:<40} {('%.0f s' % chart) if chart is not None else '-':>12} {total:>8.0f} s")
    if failed:
        die(f"{len(failed)} lesson(s) failed: {', '.join(failed)} (server log: {container.logpath})")
    print("image-check: all passed")


if __name__ == "__main__":
    main()
