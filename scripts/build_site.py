#!/usr/bin/python3
"""Build the course website into build/ with Sphinx, nbsphinx and sphinx-book-theme.

    /usr/bin/python3 scripts/build_site.py [--build build]

Run it after scripts/run_notebooks.py (make course does both): it takes the executed lessons
from build/notebooks/ and the report that run wrote there (report.json), and the solved copies
from build/notebooks/solutions/ when the runner executed them, else from notebooks/solutions/.
It stages them with the hand-written pages in site/ into .site-build/src, generates the parts
that follow the notebooks (the lesson cards of the landing page, the tables of contents, the
test report page), copies Debian's MathJax into the site, and runs sphinx-build into build/.

The site loads nothing from the network. Sphinx only adds and overwrites its own files in
build/; files that other steps write there (the executed notebooks, the playground) stay.
Each lesson page is one notebook page: build/notebooks/<name>.html, next to <name>.ipynb.
"""

import argparse
import base64
import filecmp
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time

import mathjax_files  # scripts/mathjax_files.py, next to this script

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = os.path.join(ROOT, "site")
BADGE = re.compile(r"https://mybinder\.org/v2/gh/([\w.-]+)/([\w.-]+)/([\w.-]+)\?urlpath=tree/notebooks")
IMG_ONLY_HTML = re.compile(r'^\s*<img [^>]*src="data:image/png;base64,[^"]*"[^>]*>\s*$')


def fail(msg):
    sys.exit(f"error: {msg}")


def binder_repo():
    """The GitHub owner, repository and branch of the README's Binder badge."""
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        m = BADGE.search(f.read())
    if not m:
        fail("README.md has no Binder badge linking https://mybinder.org/v2/gh/OWNER/REPO/BRANCH?urlpath=tree/notebooks")
    return m.groups()


def write_if_changed(path, data):
    """Writes data (str or bytes) unless the file already holds it, so Sphinx rebuilds only
    the pages whose sources changed."""
    mode = "b" if isinstance(data, bytes) else ""
    if os.path.exists(path):
        with open(path, "r" + mode, **({} if mode else {"encoding": "utf-8"})) as f:
            if f.read() == data:
                return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w" + mode, **({} if mode else {"encoding": "utf-8"})) as f:
        f.write(data)


def slim(nb):
    """Keeps one picture per chart output: the PNG, which nbsphinx writes as a file under
    _images/, instead of the same pixels again as an inline <img> and an SVG (nbsphinx would
    prefer those and put them all into the page). Drops the cells' execution timestamps
    (metadata "execution", which nbclient writes and no page shows): with them every run of
    the lessons changed every staged notebook, and Sphinx read them all again, converting each
    Markdown cell with pandoc; without them a lesson whose outputs did not change is not read
    again."""
    for cell in nb["cells"]:
        cell.get("metadata", {}).pop("execution", None)
        for o in cell.get("outputs", []):
            data = o.get("data", {})
            if "image/png" not in data:
                continue
            data.pop("image/svg+xml", None)
            if IMG_ONLY_HTML.match("".join(data.get("text/html", ""))):
                del data["text/html"]
    return nb


def picture(nb, name, marker):
    """The first PNG output of the first cell whose source contains marker, or the first PNG
    of nb when marker is empty or matches no chart (with a warning), as bytes; None if nb has
    no PNG at all."""
    first = None
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            png = o.get("data", {}).get("image/png")
            if not png:
                continue
            if first is None:
                first = png
            if marker and marker in "".join(cell["source"]):
                return base64.b64decode("".join(png))
    if marker:
        # A stale marker (the lesson's cell was rewritten) would silently put another chart on
        # the card: stop, so lessons.json is updated with the lesson.
        sys.exit(f"site/lessons.json: no chart of {name} comes from a cell containing {marker!r}; "
                 "update its \"picture\" to text of the chart's cell (or \"\" for the first chart)")
    return base64.b64decode("".join(first)) if first else None


def title_of(nb, fallback):
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            for line in "".join(cell["source"]).splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def stage_notebooks(executed, staged_dir, names_from):
    """Copies the slimmed notebooks into staged_dir (one per name in names_from, a list of
    (name, path)); removes staged notebooks that no longer exist. Returns {name: notebook}."""
    os.makedirs(staged_dir, exist_ok=True)
    books = {}
    for name, path in names_from:
        with open(path, encoding="utf-8") as f:
            nb = json.load(f)
        books[name] = nb
        write_if_changed(os.path.join(staged_dir, name), json.dumps(slim(nb), indent=1, ensure_ascii=False) + "\n")
    for old in glob.glob(os.path.join(staged_dir, "*.ipynb")):
        if os.path.basename(old) not in books:
            os.remove(old)
    return books


def lesson_cards(lessons, cards_dir, blurbs):
    """The landing page's grid: one card per lesson with its title, a sentence and a chart."""
    items = []
    for name, nb in lessons.items():
        stem = name[: -len(".ipynb")]
        title = title_of(nb, stem)
        blurb = blurbs.get(name, {})
        sentence = blurb.get("sentence")
        if not sentence:
            print(f"warning: site/lessons.json has no sentence for {name}", file=sys.stderr)
            sentence = ""
        png = picture(nb, name, blurb.get("picture", ""))
        img = ""
        if png:
            write_if_changed(os.path.join(cards_dir, stem + ".png"), png)
            alt = blurb.get("alt", f"a chart from {title}")
            img = f'<img src="_static/cards/{stem}.png" alt="{html.escape(alt)}">'
        items.append(
            f'<a class="lesson-card" href="notebooks/{stem}.html">{img}'
            f'<span class="lesson-card-title">{html.escape(title)}</span>'
            f'<span class="lesson-card-text">{html.escape(sentence)}</span></a>'
        )
    return '<div class="lesson-cards">\n' + "\n".join(items) + "\n</div>\n"


def toctrees(lessons, solutions):
    # Hidden: the sidebar shows them, and the landing page has its cards.
    out = [".. toctree::", "   :caption: Lessons", "   :maxdepth: 1", "   :hidden:", ""]
    # Absolute names: the toctrees are included from _generated/ into index.rst.
    out += [f"   /notebooks/{n[:-len('.ipynb')]}" for n in lessons]
    if solutions:
        out += ["", ".. toctree::", "   :caption: Solved copies", "   :maxdepth: 1", "   :hidden:", ""]
        # nbgen titles a solved copy "Lesson N: ... (solved)"; older copies may lack the suffix.
        out += [f"   {title_of(nb, n).removesuffix(' (solved)')} (solved) </notebooks/solutions/{n[:-len('.ipynb')]}>"
                for n, nb in solutions.items()]
    out += ["", ".. toctree::", "   :caption: About the build", "   :maxdepth: 1", "   :hidden:", "", "   /report", ""]
    return "\n".join(out)


def solutions_note(solutions):
    if not solutions:
        return ""
    links = ", ".join(f":doc:`lesson {n.split('-')[0].lstrip('0')} </notebooks/solutions/{n[:-len('.ipynb')]}>`"
                      for n in solutions)
    return (f"**Solved copies** of the exercises: {links}. Try each exercise first: its check cell "
            "tells you when your answer is right.\n")


def report_page(report):
    rows = report.get("notebooks", [])
    lines = [
        "Test report",
        "===========",
        "",
        "Every notebook below was executed on the Go kernel (gophernotes) by",
        "``scripts/run_notebooks.py`` just before this site was built (the build stops on a",
        "failure); a notebook passes when no cell fails and no cell prints kernel noise. "
        + (f"Built on {report['date']}." if report.get("date") else ""),
        "",
        ".. list-table::",
        "   :header-rows: 1",
        "",
        "   * - Notebook",
        "     - Status",
        "     - Run time",
        "     - Charts",
    ]
    for r in rows:
        page = "notebooks/" + r["name"][: -len(".ipynb")]
        lines += [
            f"   * - :doc:`{r['title']} <{page}>`",
            f"     - {r['status']}",
            f"     - {r['seconds']:.1f} s",
            f"     - {r['charts']}",
        ]
    return "\n".join(lines) + "\n"


def copy_mathjax(static):
    if not mathjax_files.installed():
        fail("MathJax is missing (/usr/share/javascript/mathjax): install Debian's libjs-mathjax (scripts/setup.sh does).")
    for part in mathjax_files.MATHJAX_PARTS:
        src = os.path.join(mathjax_files.MATHJAX_SRC, part)
        dst = os.path.join(static, "mathjax", part)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(src):
            shutil.copytree(src, dst, dirs_exist_ok=True, copy_function=copy_if_changed)
        else:
            copy_if_changed(src, dst)


def copy_if_changed(src, dst):
    if not (os.path.exists(dst) and filecmp.cmp(src, dst, shallow=False)):
        shutil.copyfile(src, dst)
    return dst


def stage_site(src):
    """Copies the hand-written parts (site/) into the staging folder."""
    for dirpath, _, files in os.walk(SITE):
        for f in files:
            if f.endswith((".pyc",)):
                continue
            s = os.path.join(dirpath, f)
            d = os.path.join(src, os.path.relpath(s, SITE))
            os.makedirs(os.path.dirname(d), exist_ok=True)
            copy_if_changed(s, d)


# Lessons that were renamed when lessons 4 and 6 were split in two (December 2026): old page name →
# new one. The site keeps a small page at each old address that sends the reader on, so that links
# and bookmarks to the old lesson pages keep working.
RENAMED = {
    "05-gradient-descent": "06-gradient-descent",
    "06-digits": "07-digits",
}


def redirect_page(target):
    """A page that sends the browser on to target (a page in the same folder), with a link for
    readers whose browser does not follow the refresh."""
    t = html.escape(target)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"refresh\" content=\"0; url={t}\">\n<link rel=\"canonical\" href=\"{t}\">\n"
        f"<title>This lesson has moved</title>\n</head>\n<body>\n<p>This lesson has moved to "
        f"<a href=\"{t}\">{t}</a>.</p>\n</body>\n</html>\n"
    )


def write_redirects(folder, books):
    """Writes a redirect page at each old lesson address of RENAMED whose new page exists in
    folder and whose old name is not a notebook of its own."""
    for old, new in RENAMED.items():
        if new + ".ipynb" in books and old + ".ipynb" not in books:
            write_if_changed(os.path.join(folder, old + ".html"), redirect_page(new + ".html"))


def remove_stale_pages(folder, books):
    """Removes the pages an earlier build wrote for notebooks that are gone (Sphinx leaves
    them). Only .html pages named like a notebook page are touched: nothing another step wrote."""
    for page in glob.glob(os.path.join(folder, "*.html")):
        name = os.path.basename(page)[: -len(".html")] + ".ipynb"
        if name not in books:
            os.remove(page)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="the build folder (default: build)")
    args = ap.parse_args()
    try:
        import nbsphinx  # noqa: F401
        import sphinx  # noqa: F401
        import sphinx_book_theme  # noqa: F401
    except ImportError as e:
        fail(f"{e}. Run scripts/setup.sh (it installs python3-sphinx, python3-nbsphinx, "
             "python3-sphinx-book-theme and pandoc from Debian), and use /usr/bin/python3.")
    if not shutil.which("pandoc"):
        fail("pandoc is missing (nbsphinx converts the Markdown cells with it): install Debian's pandoc.")

    t0 = time.monotonic()
    build = os.path.abspath(args.build)
    executed = os.path.join(build, "notebooks")
    report_path = os.path.join(executed, "report.json")
    if not os.path.isfile(report_path):
        fail(f"{os.path.relpath(report_path)} is missing: run the lessons first (make course does).")
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    lesson_paths = sorted(glob.glob(os.path.join(executed, "*.ipynb")))
    if not lesson_paths:
        fail(f"no executed notebooks in {executed}: run the lessons first (make course does).")
    solved = []
    ran_now = {r["name"] for r in report.get("notebooks", [])}
    for repo_copy in sorted(glob.glob(os.path.join(ROOT, "notebooks", "solutions", "*.ipynb"))):
        name = os.path.basename(repo_copy)
        ran = os.path.join(executed, "solutions", name)
        if "solutions/" + name not in ran_now:
            # Not executed by this run: the page shows the committed outputs, and the
            # download link next to it serves the committed file.
            os.makedirs(os.path.dirname(ran), exist_ok=True)
            copy_if_changed(repo_copy, ran)
        solved.append((name, ran))

    # The staged sources live beside the build folder (Sphinx refuses static files inside
    # its output), in .site-<build>, so that unchanged pages are not rebuilt next time.
    work = os.path.join(os.path.dirname(build), ".site-" + os.path.basename(build))
    src = os.path.join(work, "src")
    stage_site(src)
    lessons = stage_notebooks(executed, os.path.join(src, "notebooks"), [(os.path.basename(p), p) for p in lesson_paths])
    solutions = stage_notebooks(executed, os.path.join(src, "notebooks", "solutions"), solved)
    with open(os.path.join(SITE, "lessons.json"), encoding="utf-8") as f:
        blurbs = json.load(f)
    owner, repo, branch = binder_repo()
    gen = os.path.join(src, "_generated")
    write_if_changed(os.path.join(gen, "cards.html"), lesson_cards(lessons, os.path.join(src, "_static", "cards"), blurbs))
    write_if_changed(os.path.join(gen, "toctrees.rst"), toctrees(lessons, solutions))
    write_if_changed(os.path.join(gen, "solutions.rst"), solutions_note(solutions))
    write_if_changed(os.path.join(src, "report.rst"), report_page(report))
    write_if_changed(os.path.join(src, "site.json"), json.dumps({
        "owner": owner, "repo": repo, "branch": branch,
        # The playground (cmd/playground, built into build/playground.html by make course after
        # this site) gets a link in the navigation when its sources are in the repository.
        "playground": os.path.isdir(os.path.join(ROOT, "cmd", "playground")),
    }, indent=1) + "\n")
    copy_mathjax(os.path.join(src, "_static"))

    # -a writes every page even when only a neighbour changed: each page carries the whole
    # sidebar and its previous/next links, which Sphinx's incremental build would leave stale
    # when a lesson or solved copy comes or goes. Reading (the slow part) stays incremental.
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-a", "-q", "-W", "--keep-going",
           "-d", os.path.join(work, "doctrees"), src, build]
    log = os.path.join(work, "sphinx.log")
    with open(log, "w") as f:
        r = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT)
    if r.returncode != 0:
        with open(log) as f:
            sys.stderr.write(f.read()[-4000:])
        fail(f"sphinx-build failed (full log: {os.path.relpath(log)})")
    remove_stale_pages(os.path.join(build, "notebooks"), lessons)
    remove_stale_pages(os.path.join(build, "notebooks", "solutions"), solutions)
    write_redirects(os.path.join(build, "notebooks"), lessons)
    write_redirects(os.path.join(build, "notebooks", "solutions"), solutions)
    pages = len(lessons) + len(solutions)
    what = f"{len(lessons)} lessons" + (f", {len(solutions)} solved cop{'y' if len(solutions) == 1 else 'ies'}" if solutions else "")
    where = os.path.relpath(build)
    print(f"site: {where}/index.html, {pages} notebook pages ({what}), the test report, search ({time.monotonic() - t0:.0f} s)")


if __name__ == "__main__":
    main()
