#!/usr/bin/python3
"""Execute notebooks headless on the gophernotes kernel and render them to HTML.

    /usr/bin/python3 scripts/run_notebooks.py [--out build] [--no-html] [--update] [NOTEBOOK ...]

With no NOTEBOOK, runs every notebooks/*.ipynb in order, then the solved copies in
notebooks/solutions/ (written to --out/solutions/). For each one it writes the executed
notebook and an HTML page to --out, and an index.html linking them, then prints one line per
notebook: status, seconds, number of charts. It also writes the same table as report.json,
which the course website (scripts/build_site.py) turns into its test report page; --no-html
skips the HTML pages and index.html, which the website replaces (make course uses it). The HTML pages load MathJax and require.js from
--out/assets (copied from Debian's libjs-mathjax and libjs-requirejs), so formulas render when
the folder is served over HTTP from any machine; charts are embedded as data URIs.

It fails (exit 1) when a cell errors, naming the notebook and the cell, and also when a cell
prints kernel noise a student should never see: "12 <nil>" from a trailing fmt.Println, or
gomacro's "// warning:" lines. --update writes the executed outputs back into the source
notebooks (do this before committing a changed lesson, so GitHub shows its charts).

Exercises: a check cell prints "Exercise N.k: correct" or "Exercise N.k: not yet — hint". In a
lesson every check must say "not yet" (the student has not answered yet) and in its solved copy
every check must say "correct"; both must check the same exercises, numbered with the lesson's
number. Anything else fails the run, so a wrong worked solution cannot land.
"""

import argparse
import datetime
import glob
import html
import json
import os
import re
import shutil
import sys
import time

import mathjax_files  # scripts/mathjax_files.py, next to this script

try:
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, DeadKernelError
    from nbconvert import HTMLExporter
    from traitlets.config import Config
except ImportError as e:  # pragma: no cover - depends on the machine
    sys.exit(f"error: {e}. Run scripts/setup.sh first (it installs Jupyter), with /usr/bin/python3.")

KERNEL = "gophernotes"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQUIREJS_SRC = "/usr/share/javascript/requirejs/require.min.js"
NOISE = [
    (re.compile(r"^\s*\d+ <nil>\s*$"), "shows a Println return value ('12 <nil>'); end the cell with _, _ = fmt.Println(...)"),
    (re.compile(r"^// (warning|debug):", re.M), "shows kernel noise ('// warning: ...')"),
]


def check_kernel():
    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        sys.exit(f"error: no Jupyter kernel named {KERNEL!r}. Run `make setup` (scripts/setup.sh) to build and install it.")
    exe = spec.argv[0]
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        sys.exit(
            f"error: the {KERNEL} kernelspec ({spec.resource_dir}) points at {exe}, which is missing or not executable.\n"
            "Run `make setup` to rebuild the kernel and rewrite the kernelspec."
        )


def copy_assets(out):
    dst = os.path.join(out, "assets")
    stamp = os.path.join(dst, ".complete")
    if os.path.exists(stamp):
        return
    if not mathjax_files.installed():
        sys.exit("error: MathJax is missing (/usr/share/javascript/mathjax). Install Debian's libjs-mathjax.")
    for part in mathjax_files.MATHJAX_PARTS:
        src = os.path.join(mathjax_files.MATHJAX_SRC, part)
        target = os.path.join(dst, "mathjax", part)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, target, dirs_exist_ok=True)
        elif os.path.exists(src):
            shutil.copyfile(src, target)
    if os.path.isfile(REQUIREJS_SRC):
        shutil.copyfile(REQUIREJS_SRC, os.path.join(dst, "require.min.js"))
    open(stamp, "w").close()


def count_charts(nb):
    n = 0
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            if "image/png" in data or "image/svg+xml" in data:
                n += 1
            elif "data:image/gif" in "".join(data.get("text/html", "")):
                n += 1
    return n


def find_noise(nb):
    for i, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            texts = []
            if o.get("output_type") == "stream":
                texts.append("".join(o.get("text", "")))
            texts.append("".join(o.get("data", {}).get("text/plain", "")))
            for t in texts:
                for pattern, why in NOISE:
                    if t and pattern.search(t):
                        return i, why, t.strip().splitlines()[0][:100]
    return None


def failing_cell(nb):
    for i, cell in enumerate(nb.cells):
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error":
                return i, cell, o
    return None


EXERCISE = re.compile(r"^Exercise (\d+)\.(\d+): (correct|not yet)\b", re.M)


def exercise_results(nb):
    """Returns {"6.2": "correct" or "not yet"} from every text output of nb."""
    found = {}
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            texts = ["".join(o.get("text", "")), "".join(o.get("data", {}).get("text/plain", ""))]
            for t in texts:
                for m in EXERCISE.finditer(t):
                    found[f"{m.group(1)}.{m.group(2)}"] = m.group(3)
    return found


def check_exercises(path, nb):
    """Returns a problem string if the exercise checks of nb are not what its kind requires."""
    solved = os.path.basename(os.path.dirname(os.path.abspath(path))) == "solutions"
    want = "correct" if solved else "not yet"
    lesson = os.path.basename(path).split("-", 1)[0].lstrip("0")
    for ex, got in sorted(exercise_results(nb).items()):
        if ex.split(".")[0] != lesson:
            return f"Exercise {ex} is numbered for another lesson (this is lesson {lesson})"
        if got != want:
            kind = "the solved copy" if solved else "the lesson, before the student answers,"
            return f"Exercise {ex} says {got!r}: in {kind} every check must say {want!r}"
    return None


def title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def join_streams(nb):
    """Joins each run of consecutive stream outputs of one cell with the same name (stdout or
    stderr) into one output. The kernel sends a long print in several messages, cut anywhere (in
    the middle of a row of digits); Jupyter shows them joined, but the saved notebook kept the
    pieces, and viewers that render each output on its own (GitHub's) showed the rows broken."""
    for cell in nb.cells:
        outs = cell.get("outputs")
        if not outs:
            continue
        joined = []
        for o in outs:
            prev = joined[-1] if joined else None
            if (o.get("output_type") == "stream" and prev is not None
                    and prev.get("output_type") == "stream" and prev.get("name") == o.get("name")):
                prev["text"] = prev.get("text", "") + o.get("text", "")
            else:
                joined.append(o)
        cell["outputs"] = joined


def run(path, out, timeout):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=timeout,
        startup_timeout=180,
        # nbclient waits only 4 s (iopub_timeout) after a cell's execute_reply for its outputs,
        # then goes on without them, with a warning: on a loaded machine a chart still in
        # flight could be missing from the saved notebook. Wait as long as a cell may run,
        # and fail rather than drop an output.
        iopub_timeout=timeout,
        raise_on_iopub_timeout=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    t0 = time.monotonic()
    problem = None
    # The kernel's own log (gomacro's "// debug: compiling plugin ..." lines) goes to a file,
    # not to this terminal; it is named when a notebook fails.
    log_path = os.path.join(out, "logs", os.path.basename(path)[: -len(".ipynb")] + ".kernel.log")
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    try:
        with open(log_path, "w") as log:
            client.execute(stdout=log, stderr=log)
    except CellExecutionError:
        found = failing_cell(nb)
        if found:
            i, cell, o = found
            first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
            problem = f"cell {i} ({first[:60]!r}) failed: {o.get('ename', '')}: {o.get('evalue', '').strip()[:300]}"
        else:
            problem = "a cell failed"
    except DeadKernelError as e:
        problem = f"the kernel died ({e}); a panic in a goroutine does this"
    except Exception as e:  # timeouts, kernel start failures
        problem = f"{type(e).__name__}: {str(e).strip()[:300]}"
    seconds = time.monotonic() - t0
    join_streams(nb)
    if problem is not None:
        problem += f" (kernel log: {os.path.relpath(log_path)})"
    if problem is None:
        noise = find_noise(nb)
        if noise:
            i, why, text = noise
            problem = f"cell {i} {why}: {text!r}"
    return nb, seconds, problem


def render_html(nb, dst, assets):
    # A chart is stored once, as a PNG drawn at 2x with its CSS size in the output's
    # metadata, which nbconvert writes as the <img> width and height. Older outputs may also
    # hold an SVG; the page prefers the PNG (the pixels the notebook shows, whatever fonts
    # the reader has).
    config = Config()
    config.NbConvertBase.display_data_priority = [
        "text/html", "application/pdf", "text/latex", "image/png", "image/svg+xml",
        "image/jpeg", "text/markdown", "text/plain",
    ]
    exporter = HTMLExporter(
        config=config,
        mathjax_url=f"{assets}/mathjax/MathJax.js?config=TeX-AMS_CHTML-full,Safe",
        require_js_url=f"{assets}/require.min.js",
    )
    body, _ = exporter.from_notebook_node(nb)
    tmp = dst + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(body)
    os.replace(tmp, dst)


def write_index(out, rows):
    items = []
    for name, title, status, seconds, charts in rows:
        page = html.escape(name[: -len(".ipynb")] + ".html")
        items.append(
            f"<tr><td><a href=\"{page}\">{html.escape(title)}</a></td><td>{html.escape(name)}</td>"
            f"<td class=\"{status.lower()}\">{status}</td><td>{seconds:.1f} s</td><td>{charts}</td></tr>"
        )
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Neurons in Go: the lessons</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ddd; }}
.pass {{ color: #117733; }} .fail {{ color: #cc3311; font-weight: bold; }}
</style></head><body>
<h1>Neurons in Go</h1>
<p>Neural networks from scratch, in Go. Each lesson below was executed on the gophernotes kernel
when this page was built.</p>
<table><tr><th>Lesson</th><th>Notebook</th><th>Status</th><th>Run time</th><th>Charts</th></tr>
{chr(10).join(items)}
</table></body></html>
"""
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as f:
        f.write(page)


def write_report(out, rows):
    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "notebooks": [
            {"name": name, "title": title, "status": status, "seconds": round(seconds, 1), "charts": charts}
            for name, title, status, seconds, charts in rows
        ],
    }
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/*.ipynb)")
    ap.add_argument("--out", default=os.path.join(ROOT, "build"), help="output folder (default: build)")
    # A first import with an empty Go build cache compiles gonum and gonum/plot as plugins: on a
    # heavily loaded machine that ran past 300 s, so a cell gets 20 minutes before it counts as hung.
    ap.add_argument("--timeout", type=int, default=1200, help="seconds allowed per cell (default: 1200)")
    ap.add_argument("--update", action="store_true", help="write executed outputs back into the source notebooks")
    ap.add_argument("--quiet", action="store_true", help="print only failures")
    ap.add_argument("--no-html", action="store_true", help="write the executed notebooks and report.json only")
    args = ap.parse_args()

    paths = args.notebooks or (sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb"))) +
                               sorted(glob.glob(os.path.join(ROOT, "notebooks", "solutions", "*.ipynb"))))
    if not paths:
        sys.exit("error: no notebooks to run")
    check_kernel()
    os.makedirs(args.out, exist_ok=True)
    if not args.no_html:
        copy_assets(args.out)

    rows, failures, checked = [], [], {}
    for path in paths:
        name = os.path.basename(path)
        if os.path.basename(os.path.dirname(os.path.abspath(path))) == "solutions":
            name = "solutions/" + name
        nb, seconds, problem = run(path, args.out, args.timeout)
        if problem is None:
            problem = check_exercises(path, nb)
        if problem is None:
            checked[name] = set(exercise_results(nb))
            twin = name[len("solutions/"):] if name.startswith("solutions/") else "solutions/" + name
            if twin in checked and checked[twin] != checked[name]:
                problem = (f"checks exercises {sorted(checked[name])} but {twin} checks "
                           f"{sorted(checked[twin])}: the lesson and its solved copy must check the same ones")
        charts = count_charts(nb)
        status = "FAIL" if problem else "PASS"
        os.makedirs(os.path.dirname(os.path.join(args.out, name)), exist_ok=True)
        nbformat.write(nb, os.path.join(args.out, name))
        if not args.no_html:
            page = os.path.join(args.out, name[: -len(".ipynb")] + ".html")
            render_html(nb, page, os.path.relpath(os.path.join(args.out, "assets"), os.path.dirname(page)))
        if args.update and not problem:
            nbformat.write(nb, path)
        rows.append((name, title_of(nb, name), status, seconds, charts))
        if problem:
            failures.append(f"{path}: {problem}")
        if problem or not args.quiet:
            print(f"{status}  {name:<42} {seconds:6.1f} s  {charts:2d} charts", flush=True)
            if problem:
                print(f"      {problem}", flush=True)
    write_report(args.out, rows)
    if not args.no_html:
        write_index(args.out, rows)
    if not args.quiet:
        rel = os.path.relpath(args.out)
        where = args.out if rel.startswith("..") else rel
        if args.no_html:
            books = "1 executed notebook" if len(rows) == 1 else f"{len(rows)} executed notebooks"
            print(f"wrote {books} and report.json to {where}/")
        else:
            pages = "1 page" if len(rows) == 1 else f"{len(rows)} pages"
            print(f"wrote {pages}, index.html and report.json to {where}/")
    if failures:
        print("\n" + "\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
