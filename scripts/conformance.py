#!/usr/bin/python3
"""Kernel conformance: does the gophernotes kernel run everyday Go as `go run` does?

Each program tools/gophernotes/conformance/<section>/<name>.go is a small deterministic
`package main`. It is run twice:
  - as `go run` runs it, which gives the expected output: built by `go build` in a scratch
    directory, outside any module (so with the installed Go's language version), and run.
    A program that imports a module names it and its version in a line
    "// conformance: require MODULE VERSION" and is built in a module requiring exactly that.
    The built program is kept in build/conformance/ ($CONFORMANCE_CACHE if set), named by
    the sha256 of the go command's version and target (`go env GOVERSION GOOS GOARCH
    GOAMD64 GOEXPERIMENT CGO_ENABLED`) and the source, so a later run builds only what
    changed; the output always comes from running the program the real toolchain built;
  - on a fresh gophernotes kernel (its own process, started for this program alone), as a
    student would type it: the file minus its `package main` line in one cell, `main()` in
    the next. The output is everything the two cells print on stdout; a cell that ends in an
    error, or that shows a value, fails with the first line of that error.
Replies are matched to requests by msg_id. Two programs are checked at once (--jobs), each
on its own kernel: most of a program's time is its kernel's start, which waits on the go
commands the kernel runs as it starts.

A program passes when the two outputs are identical. A failure is either an ERROR (the
kernel refused or stopped, with its one-line reason) or WRONG (the kernel printed something
else than go run, with no error): WRONG is the outcome the kernel must never have.

tools/gophernotes/conformance/expected.txt lists the programs that pass (section/name, one a
line, # comments). Exit status 1 when a listed program does not pass (a regression) or when a
program is WRONG; programs that pass and are not listed are reported as newly passing
(add them with --update). Run by `make kernel-test`:
    /usr/bin/python3 scripts/conformance.py [--update] [--markdown] [--jobs N] [--timings] [PATTERN...]
PATTERN (a substring of section/name) runs only the matching programs.
"""
import argparse
import concurrent.futures
import hashlib
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time

from jupyter_client.manager import start_new_kernel

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "tools", "gophernotes", "conformance")
EXPECTED = os.path.join(CORPUS, "expected.txt")
CELL_TIMEOUT = 300  # an import's plugin build with a cold Go cache takes up to a minute or two
GO_RUN_TIMEOUT = 300
REPLY_TIMEOUT = 300  # from the idle status to the execute_reply: minutes, for a loaded machine
START_TIMEOUT = 180  # a kernel's start: about 1-2 s, ten times that on a loaded machine
GO_ENV = {"GOTOOLCHAIN": "local", "GOWORK": "off", "GOFLAGS": "", "GO111MODULE": ""}


def programs():
    out = []
    for section in sorted(os.listdir(CORPUS)):
        d = os.path.join(CORPUS, section)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.endswith(".go"):
                out.append((f"{section}/{f[:-3]}", os.path.join(d, f)))
    return out


def read_expected():
    names = []
    if os.path.exists(EXPECTED):
        with open(EXPECTED) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.append(line)
    return names


def toolchain():
    """What a build's output depends on besides the source: the go command's version and target."""
    env = dict(os.environ, **GO_ENV)
    p = subprocess.run(["go", "env", "GOVERSION", "GOOS", "GOARCH", "GOAMD64", "GOEXPERIMENT", "CGO_ENABLED"],
                       env=env, capture_output=True, text=True, timeout=GO_RUN_TIMEOUT, check=True)
    return " ".join(p.stdout.split())


def cache_dir():
    """Where built corpus programs are kept between runs: $CONFORMANCE_CACHE, else build/conformance/."""
    return os.environ.get("CONFORMANCE_CACHE") or os.path.join(ROOT, "build", "conformance")


def built(path, tool, stats):
    """The path of path's program built by `go build`, from the cache when the same source was
    built by the same toolchain before. The build runs as `go run` compiles: in a scratch
    directory, outside any module, so with the installed Go's language version. Raises with
    go's message when it does not build."""
    with open(path, "rb") as f:
        src = f.read()
    key = hashlib.sha256(tool.encode() + b"\0" + src).hexdigest()
    exe = os.path.join(cache_dir(), key)
    stats["key"] = key
    if os.path.exists(exe):
        stats["build"] = 0.0
        return exe
    os.makedirs(cache_dir(), exist_ok=True)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "main.go"), "wb") as f:
            f.write(src)
        env = dict(os.environ, **GO_ENV)
        # A program that imports a module outside the standard library names it, with its
        # version, in a "// conformance: require MODULE VERSION" line: it is built in a module
        # of its own that requires exactly that version, as `go run` runs it inside a module.
        build = ["go", "build", "-o", "prog", "main.go"]
        requires = [line.split()[3:5] for line in src.decode().splitlines()
                    if line.startswith("// conformance: require ")]
        if requires:
            setup = [["go", "mod", "init", "conformance.invalid/prog"]] + \
                    [["go", "get", f"{mod}@{version}"] for mod, version in requires]
            for cmd in setup:
                p = subprocess.run(cmd, cwd=d, env=env, capture_output=True, text=True, timeout=GO_RUN_TIMEOUT)
                if p.returncode != 0:
                    raise RuntimeError(f"{' '.join(cmd)} failed: {p.stderr.strip()}")
            build = ["go", "build", "-o", "prog", "."]
        try:
            p = subprocess.run(build, cwd=d, env=env, capture_output=True,
                               text=True, timeout=GO_RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"go build did not finish within {GO_RUN_TIMEOUT} s")
        if p.returncode != 0:
            raise RuntimeError(f"go build failed: {p.stderr.strip()}")
        # Renamed into place only when whole: a run stopped mid-build leaves no half-written program.
        tmp = f"{exe}.{os.getpid()}.tmp"
        shutil.copy(os.path.join(d, "prog"), tmp)
        os.replace(tmp, exe)
    stats["build"] = time.monotonic() - t0
    return exe


def go_run(path, tool, stats):
    """The program's stdout as `go run` gives it: the program built by the go command (or the
    cached build of the same source by the same toolchain), run in a scratch directory. Raises
    when it does not build or exits with an error, as `go run` would fail."""
    exe = built(path, tool, stats)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as d:
        try:
            p = subprocess.run([exe], cwd=d, capture_output=True, text=True, timeout=GO_RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"the program built by go did not end within {GO_RUN_TIMEOUT} s")
    stats["run"] = time.monotonic() - t0
    if p.returncode != 0:
        raise RuntimeError(f"the program built by go exited with status {p.returncode}: {p.stderr.strip()}")
    return p.stdout


def cells(path):
    with open(path) as f:
        src = f.read()
    lines = src.split("\n")
    body = [ln for ln in lines if ln.strip() != "package main"]
    if len(body) != len(lines) - 1:
        raise ValueError(f"{path}: expected one `package main` line")
    return ["\n".join(body).strip() + "\n", "main()"]


class Kernel:
    def __init__(self, cwd):
        self.log = tempfile.TemporaryFile(mode="w+")
        try:
            self.km, self.kc = start_new_kernel(kernel_name="gophernotes", cwd=cwd, startup_timeout=START_TIMEOUT,
                                                stdout=self.log, stderr=self.log)
        except RuntimeError as e:
            # Say why: the kernel's own output (a panic, a port already in use) is in its log.
            self.log.seek(0)
            tail = self.log.read()[-1500:].strip()
            raise RuntimeError(f"{e}; the kernel's output: {tail or '(none)'}") from e

    def run(self, code, timeout=CELL_TIMEOUT):
        """(stdout, error line or None, shown values) of one cell, matched by msg_id."""
        kc, km = self.kc, self.km
        msg_id = kc.execute(code)
        out, err, shown = "", None, []
        start = time.monotonic()
        while True:
            if time.monotonic() - start > timeout:
                return out, f"no idle status after {timeout} s (stdout so far: {out[-200:]!r})", shown
            if not km.is_alive():
                return out, "the kernel died", shown
            try:
                m = kc.get_iopub_msg(timeout=0.1)
            except queue.Empty:
                continue
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            t, c = m["msg_type"], m["content"]
            if t == "stream" and c["name"] == "stdout":
                out += c["text"]
            elif t == "stream":
                pass  # stderr: the corpus's programs print nothing there under go run
            elif t in ("execute_result", "display_data"):
                shown.append(c["data"].get("text/plain", ""))
            elif t == "error":
                tb = [ln for ln in "\n".join(c.get("traceback") or []).split("\n") if ln.strip()]
                err = tb[0] if tb else f"{c.get('ename')}: {c.get('evalue')}"
            elif t == "status" and c["execution_state"] == "idle":
                break
        waited = time.monotonic()
        while True:
            if time.monotonic() - waited > REPLY_TIMEOUT:
                return out, f"the kernel went idle but sent no execute_reply within {REPLY_TIMEOUT} s", shown
            try:
                reply = kc.get_shell_msg(timeout=1)
            except queue.Empty:
                continue
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        if err is None and reply["content"].get("status") != "ok":
            err = f"reply status {reply['content'].get('status')}"
        return out, err, shown

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def on_kernel(path, cwd, stats):
    """(stdout, error or None) of path's two cells on a fresh kernel; stats gets the seconds
    spent starting it, in each cell and shutting it down."""
    t0 = time.monotonic()
    try:
        k = Kernel(cwd)
    except RuntimeError as e:  # no kernel_info reply within START_TIMEOUT, or it died first
        return "", f"the kernel did not start: {e} (waited {time.monotonic() - t0:.0f} s)"
    stats["start"] = time.monotonic() - t0
    try:
        out = ""
        for i, cell in enumerate(cells(path)):
            t0 = time.monotonic()
            o, err, shown = k.run(cell)
            stats[f"cell{i + 1}"] = time.monotonic() - t0
            out += o
            if err:
                return out, err.strip()
            if shown:
                return out, f"the cell showed a value: {shown[0]!r}"
        return out, None
    finally:
        t0 = time.monotonic()
        k.close()
        stats["close"] = time.monotonic() - t0


def first_diff(want, got):
    w, g = want.split("\n"), got.split("\n")
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<none>"
        b = g[i] if i < len(g) else "<none>"
        if a != b:
            return f"line {i + 1}: go run {a!r}, kernel {b!r}"
    return "same lines"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("patterns", nargs="*")
    ap.add_argument("--update", action="store_true", help="rewrite expected.txt with the programs that pass")
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    ap.add_argument("--timings", action="store_true",
                    help="print where the time went, per program (build, run, kernel start, cells, close)")
    ap.add_argument("--jobs", type=int, default=2, metavar="N",
                    help="programs checked at once, each on its own kernel (default 2)")
    args = ap.parse_args()
    if args.jobs < 1:
        ap.error("--jobs must be at least 1")

    progs = [p for p in programs() if not args.patterns or any(s in p[0] for s in args.patterns)]
    expected = read_expected()
    tool = toolchain()
    stats = {name: {} for name, _ in progs}
    t_all = time.monotonic()

    def check(name, path):
        """(name, outcome, detail) of one program: its expected output, then a fresh kernel."""
        st = stats[name]
        try:
            want = go_run(path, tool, st)
        except Exception as e:  # a broken corpus program: say so, it cannot pass
            return name, "BROKEN", str(e).split("\n")[0]
        with tempfile.TemporaryDirectory() as cwd:
            t0 = time.monotonic()
            got, err = on_kernel(path, cwd, st)
            secs = time.monotonic() - t0
        if err is not None:
            return name, "ERROR", err
        if got != want:
            return name, "WRONG", first_diff(want, got)
        return name, "pass", f"{secs:.1f} s"

    # Each program in turn on a lane: its go build (when not cached) and then its own kernel.
    # Two lanes keep two programs in flight, so at most two builds or kernels at once.
    results = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        futs = [ex.submit(check, name, path) for name, path in progs]
        try:
            for f in futs:
                results.append(f.result())
                print(f"{results[-1][0]:40} {results[-1][1]:6} {results[-1][2]}", file=sys.stderr, flush=True)
        except BaseException:
            ex.shutdown(cancel_futures=True)
            raise
    if not args.patterns:
        # After a run of the whole corpus, programs built from sources or toolchains no longer
        # in use are removed, so the cache holds one build of each program.
        used = {st["key"] for st in stats.values() if "key" in st}
        if len(used) == len(progs):
            for f in os.listdir(cache_dir()):
                if f not in used and not f.endswith(".tmp"):
                    os.remove(os.path.join(cache_dir(), f))
    if args.timings:
        keys = ["build", "run", "start", "cell1", "cell2", "close"]  # seconds
        print(f"{'program':40} " + " ".join(f"{k:>6}" for k in keys), file=sys.stderr)
        for name, _ in progs:
            st = stats[name]
            print(f"{name:40} " + " ".join(f"{st[k]:6.2f}" if k in st else f"{'-':>6}" for k in keys), file=sys.stderr)
        tot = {k: sum(st.get(k, 0) for st in stats.values()) for k in keys}
        print(f"{'total (s)':40} " + " ".join(f"{tot[k]:6.1f}" for k in keys), file=sys.stderr)
        print(f"wall clock {time.monotonic() - t_all:.1f} s for {len(progs)} programs", file=sys.stderr)

    passed = [n for n, s, _ in results if s == "pass"]
    if args.markdown:
        print(f"{len(passed)} of {len(results)} programs give go run's output.\n")
        print("| program | kernel |")
        print("|---|---|")
        for n, s, why in results:
            if s != "pass":
                cell = why.replace("|", "\\|")
                print(f"| `{n}` | {s}: {cell} |")
    else:
        for n, s, why in results:
            print(f"{n:40} {s:6} {why}")
        print(f"\n{len(passed)} of {len(results)} programs give go run's output")

    ran = {n for n, _, _ in results}
    regressions = [n for n in expected if n in ran and n not in passed]
    wrong = [n for n, s, _ in results if s == "WRONG"]
    new = [n for n in passed if n not in expected]
    if new:
        print("newly passing (not in expected.txt): " + ", ".join(new))
    if args.update:
        keep = [n for n in expected if n not in ran]
        with open(EXPECTED, "w") as f:
            f.write("# Conformance programs that give go run's output on the kernel (scripts/conformance.py).\n")
            for n in sorted(keep + passed):
                f.write(n + "\n")
        print(f"wrote {os.path.relpath(EXPECTED, ROOT)}")
    bad = False
    if regressions:
        print("REGRESSION: listed in expected.txt but not passing: " + ", ".join(regressions))
        bad = True
    if wrong:
        print("WRONG OUTPUT (the kernel must error rather than print something else): " + ", ".join(wrong))
        bad = True
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
