# Sphinx configuration of the course website. scripts/build_site.py stages the sources (this
# folder, the executed lessons under notebooks/, the solved copies under notebooks/solutions/,
# the generated report and lesson cards) and runs sphinx-build on them; do not run Sphinx here.
#
# Everything a page loads comes from the site itself: Debian's MathJax 2 is copied into
# _static/mathjax by the build script, and nbsphinx's require.js and widget loaders (which
# default to CDNs) are switched off, since the lessons have neither widgets nor JavaScript.

import json
import os

# Written by the build script: the repository of the README's Binder badge, and whether the
# playground is part of this build.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "site.json")) as f:
    site = json.load(f)

project = "Neurons in Go"
author = "the Neurons in Go authors"
html_show_copyright = False

extensions = ["nbsphinx", "sphinx.ext.mathjax"]
exclude_patterns = ["_build", "**.ipynb_checkpoints", "_generated"]  # included by index.rst, not pages
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["course.css"]
html_title = "Neurons in Go"
html_favicon = "_static/favicon.svg"
html_copy_source = False  # the notebooks are downloadable as .ipynb; no _sources copies
html_show_sourcelink = False
html_last_updated_fmt = None

# The lessons were executed by scripts/run_notebooks.py just before the build.
nbsphinx_execute = "never"
nbsphinx_allow_errors = False
nbsphinx_requirejs_path = ""
nbsphinx_widgets_path = ""
nbsphinx_codecell_lexer = "go"
nbsphinx_input_prompt = "In [%s]:"
nbsphinx_output_prompt = "Out[%s]:"

# Debian's libjs-mathjax (MathJax 2.7), copied into _static/mathjax by the build script.
mathjax_path = "mathjax/MathJax.js?config=TeX-AMS_CHTML-full"
mathjax2_config = {
    "CommonHTML": {"linebreaks": {"automatic": True}},
    "messageStyle": "none",
}

# The repository, for the Binder buttons (the README's badge points at the same place).
repository_url = f"https://github.com/{site['owner']}/{site['repo']}"
repository_branch = site["branch"]
binder_url = "https://mybinder.org"
binder_repo = f"{binder_url}/v2/gh/{site['owner']}/{site['repo']}/{site['branch']}"

html_theme = "sphinx_book_theme"
html_theme_options = {
    "repository_url": repository_url,
    "repository_branch": repository_branch,
    "path_to_docs": "",
    "use_repository_button": False,
    "use_download_button": False,  # each lesson has its own download link (see the prolog)
    "use_fullscreen_button": False,
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "extra_navbar": "",
    "launch_buttons": {"binderhub_url": binder_url, "notebook_interface": "classic"},
}
html_sidebars = {"**": ["sidebar-logo.html", "search-field.html", "sbt-sidebar-nav.html", "sidebar-playground.html"]}
html_context = {"playground": site["playground"], "course_repository": repository_url}

# The bar at the top of every notebook page: launch it on Binder (the classic notebook, where
# the Go kernel runs) or download the .ipynb, which sits next to the page in the built site.
nbsphinx_prolog = r"""
{% set name = env.docname.split('/')[-1] %}
{% set path = env.docname + '.ipynb' %}
.. raw:: html

    <div class="lesson-actions">
      <a class="lesson-action" href="BINDER?urlpath=tree/{{ path }}">Launch on Binder</a>
      <a class="lesson-action" href="{{ name }}.ipynb" download>Download {{ name }}.ipynb</a>
      <span class="lesson-source">Source: <code>{{ path }}</code></span>
    </div>
""".replace("BINDER", binder_repo)
