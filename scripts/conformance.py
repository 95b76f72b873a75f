#!/usr/bin/python3
"""Kernel conformance: does the gophernotes kernel run everyday Go as `go run` does?

Each program tools/gophernotes/conformance/<section>/<name>.go is a small deterministic
`package main`. It is run twice:
  - by `go run` (in a scratch directory, outside any module, so with the installed Go's
    language version), which gives the expected output;
  - on a fresh gophernotes kernel, as a student would type it: the file minus its
    `package main` line in one cell, `main()` in the next. The output is everything the
    two cells print on stdout; a cell that ends in an error, or that shows a value, fails
    with the first line of that error.
Replies are matched to requests by msg_id.

A program passes when the two outputs are identical. A failure is either an ERROR (the
kernel refused or stopped, with its one-line reason) or WRONG (the kernel printed something
else than go run, with no error): WRONG is the outcome the kernel must never have.

tools/gophernotes/conformance/expected.txt lists the programs that pass (section/name, one a
line, # comments). Exit status 1 when a listed program does not pass (a regression) or when a
program is WRONG; programs that pass and are not listed are reported as newly passing
(add them with --update). Run by `make kernel-test`:
    /usr/bin/python3 scripts/conformance.py [--update] [--markdown] [PATTERN...]
PATTERN (a substring of section/name) runs only the matching programs.
"""
import argparse
import concurrent.futures
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


def go_run(path):
    """The program's stdout under `go run`, or raises with go's message."""
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, "main.go"))
        env = dict(os.environ, GOTOOLCHAIN="local", GOWORK="off", GOFLAGS="", GO111MODULE="")
        p = subprocess.run(["go", "run", "main.go"], cwd=d, env=env, capture_output=True,
                           text=True, timeout=GO_RUN_TIMEOUT)
        if p.returncode != 0:
            raise RuntimeError(f"go run failed: {p.stderr.strip()}")
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
        self.km, self.kc = start_new_kernel(kernel_name="gophernotes", cwd=cwd, startup_timeout=180,
                                            stdout=self.log, stderr=self.log)

    def run(self, code, timeout=CELL_TIMEOUT):
        """(stdout, error line or None, shown values) of one cell, matched by msg_id."""
        kc, km = self.kc, self.km
        msg_id = kc.execute(code)
        out, err, shown = "", None, []
        start = time.monotonic()
        while True:
            if time.monotonic() - start > timeout:
                return out, f"no reply after {timeout} s", shown
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
        while True:
            reply = kc.get_shell_msg(timeout=30)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        if err is None and reply["content"].get("status") != "ok":
            err = f"reply status {reply['content'].get('status')}"
        return out, err, shown

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def on_kernel(path, cwd):
    k = Kernel(cwd)
    try:
        out = ""
        for cell in cells(path):
            o, err, shown = k.run(cell)
            out += o
            if err:
                return out, err.strip()
            if shown:
                return out, f"the cell showed a value: {shown[0]!r}"
        return out, None
    finally:
        k.close()


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
    args = ap.parse_args()

    progs = [p for p in programs() if not args.patterns or any(s in p[0] for s in args.patterns)]
    expected = read_expected()
    # go run of every program first, two at a time (the expected outputs).
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        futs = {name: ex.submit(go_run, path) for name, path in progs}
    results = []
    with tempfile.TemporaryDirectory() as cwd:
        for name, path in progs:
            try:
                want = futs[name].result()
            except Exception as e:  # a broken corpus program: say so, it cannot pass
                results.append((name, "BROKEN", str(e).split("\n")[0]))
                continue
            t0 = time.monotonic()
            got, err = on_kernel(path, cwd)
            secs = time.monotonic() - t0
            if err is not None:
                results.append((name, "ERROR", err))
            elif got != want:
                results.append((name, "WRONG", first_diff(want, got)))
            else:
                results.append((name, "pass", f"{secs:.1f} s"))
            print(f"{name:40} {results[-1][1]:6} {results[-1][2]}", file=sys.stderr, flush=True)

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
