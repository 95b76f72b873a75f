#!/usr/bin/python3
"""Kernel regression test: executes scripts/kernel_smoke.ipynb on the installed gophernotes
kernel and checks, cell by cell, what the course depends on:

  1. importing our package by relative path ("../pkg/nn") works and prints nothing;
  2. a value with an SVG() method is displayed as image/svg+xml, and a plotting.Figure
     through its Render() method as one image/png (no SVG or HTML copy of the chart) with
     its CSS size as width and height in the output's metadata;
  3. a cell that panics is an error output, and the kernel survives it: the next cell runs.

Exit status 1, with what broke, if any of this fails. Run by `make test`.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient

HERE = os.path.dirname(os.path.abspath(__file__))
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


nb = nbformat.read(os.path.join(HERE, "kernel_smoke.ipynb"), as_version=4)
NotebookClient(nb, kernel_name="gophernotes", timeout=300, startup_timeout=180,
               resources={"metadata": {"path": HERE}}).execute()
code = [c for c in nb.cells if c.cell_type == "code"]
imports, chart, panics, after = code[0], code[1], code[2], code[3]

expect(imports.outputs == [], f"the import cell should print nothing, got {imports.outputs}")
datas = [o.get("data", {}) for o in chart.outputs]
expect(any("image/svg+xml" in d for d in datas), f"the SVG() value should be shown as image/svg+xml, got {datas}")
errs = [o for o in panics.outputs if o.output_type == "error"]
expect(errs and "deliberate panic" in (errs[0].get("evalue", "") + "".join(errs[0].get("traceback") or [])),
       f"the panicking cell should show the panic as an error, got {panics.outputs}")
texts = ["".join(o.get("data", {}).get("text/plain", "")) for o in after.outputs]
expect("42" in texts, f"the cell after the panic should run and show 42, got {after.outputs}")
for extra in code[4:]:
    outs = [o for o in extra.outputs if "image/png" in o.get("data", {})]
    expect(outs, f"cell {extra.source[:40]!r} should show a PNG, got {extra.outputs}")
    for o in outs:
        kinds = sorted(o["data"])
        expect(kinds == ["image/png", "text/plain"],
               f"a chart should be stored once, as image/png (and a line of text/plain), got {kinds}")
        size = o.get("metadata", {}).get("image/png", {})
        expect(size.get("width", 0) > 0 and size.get("height", 0) > 0,
               f"a chart's PNG should carry its display width and height in the metadata, got {o.get('metadata')}")

if failures:
    print("FAIL  kernel regression test:\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print("PASS  kernel regression test (relative import is silent, SVG shown, chart as one PNG with its size, panic survived)")
