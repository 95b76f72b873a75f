"""The parts of Debian's MathJax 2 that the course pages load, shared by run_notebooks.py (the
executed-notebook pages) and build_site.py (the website), so both copy the same files."""

import os

# Where Debian's libjs-mathjax installs MathJax 2.
MATHJAX_SRC = "/usr/share/javascript/mathjax"

# The files and folders that the TeX-AMS_CHTML-full configuration loads, with the Safe extension
# (the notebook pages load config=TeX-AMS_CHTML-full,Safe), relative to MATHJAX_SRC.
MATHJAX_PARTS = [
    "MathJax.js",
    "config/TeX-AMS_CHTML-full.js",
    "config/Safe.js",
    "extensions",
    "jax/input/TeX",
    "jax/output/CommonHTML",
    "jax/element",
    "fonts/HTML-CSS/TeX/woff",
    "localization/en",
]


def installed():
    """Reports whether MathJax is installed where MATHJAX_SRC says."""
    return os.path.isfile(os.path.join(MATHJAX_SRC, "MathJax.js"))
