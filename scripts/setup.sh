#!/usr/bin/env bash
# setup.sh: everything the course needs, checked or installed, idempotently.
#
#   1. Go new enough for go.mod.
#   2. Jupyter (notebook, nbconvert, nbclient) for /usr/bin/python3, and a C compiler (the
#      kernel's plugin builds need cgo): installed from Debian's packages when we are root on
#      Debian/Ubuntu, otherwise we say what to install and stop.
#   3. The website's tools (Sphinx, nbsphinx, sphinx-book-theme, pandoc) and the Chromium that
#      `make test` checks the site in: same rule as step 2 (skipped with --no-site).
#   4. The gophernotes kernel, built by scripts/kernel.sh into tools/gophernotes/bin and
#      installed as the Jupyter kernelspec "gophernotes" (display name "Go").
#
# Docker (docker/Dockerfile) and CI (.ci/run, through `make test`) run this same script.
# A second run with nothing changed rebuilds nothing and takes a few seconds.
#
# Options: --no-apt       never call apt-get, only check (fail with the list if something is missing)
#          --no-site      skip step 3 (an image that only runs the notebooks needs neither)
#          --system-only  stop after step 3 (the Dockerfile runs this part as root, the rest as the user)
#          --warm         also execute scripts/kernel_smoke.ipynb once, to warm the Go build cache
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

allow_apt=1
warm=0
system_only=0
site=${NEURONS_SITE:-1} # NEURONS_SITE=0 is --no-site (the Docker image sets it)
for arg in "$@"; do
	case "$arg" in
	--no-apt) allow_apt=0 ;;
	--warm) warm=1 ;;
	--system-only) system_only=1 ;;
	--no-site) site=0 ;;
	*) die "setup.sh: unknown option $arg (known: --no-apt, --no-site, --system-only, --warm)" ;;
	esac
done

# 1. Go.
check_go

# 2. Jupyter and the Python modules our scripts use, and a C compiler: the kernel builds each
#    imported package as a Go plugin, which needs cgo.
jupyter_pkgs="jupyter-notebook jupyter-nbconvert python3-nbclient python3-jupyter-kernel-test libjs-mathjax libjs-requirejs"
cc_pkgs="gcc libc6-dev"
py_mods="notebook nbconvert nbclient jupyter_client jupyter_kernel_test"
# probe imports every Python module the course needs in one Python process and prints "have
# MODULE VERSION" or "missing MODULE" for each: Jupyter's modules are slow to import, and one
# process per module made this check most of a warm setup's time on a loaded machine.
probe() {
	local mods=$py_mods
	[ "$site" = 1 ] && mods="$mods $site_mods"
	# shellcheck disable=SC2086
	"$py" -c '
import importlib, sys
for m in sys.argv[1:]:
    try:
        print("have", m, getattr(importlib.import_module(m), "__version__", "?"))
    except Exception:
        print("missing", m)
' $mods 2>/dev/null || for m in $mods; do echo "missing $m"; done
}
missing_mods() { # missing_mods MODULE...: those of them the last probe did not find
	local m out=""
	for m in "$@"; do
		grep -qx "have $m .*" <<<"$probed" || out="$out $m"
	done
	echo "$out"
}
version() { awk -v m="$1" '$1 == "have" && $2 == m { print $3 }' <<<"$probed"; }
missing_py() {
	local out
	# shellcheck disable=SC2086
	out=$(missing_mods $py_mods)
	[ -f /usr/share/javascript/mathjax/MathJax.js ] || out="$out mathjax(libjs-mathjax)"
	echo "$out"
}
# 3. The website: Sphinx with nbsphinx (which converts Markdown cells with pandoc) and the
#    book theme build it; the browser test drives Debian's Chromium.
site_pkgs="python3-sphinx python3-nbsphinx python3-sphinx-book-theme pandoc chromium fonts-liberation"
site_mods="sphinx nbsphinx sphinx_book_theme"
missing_site() {
	local out
	[ "$site" = 1 ] || return 0
	# shellcheck disable=SC2086
	out=$(missing_mods $site_mods)
	command -v pandoc >/dev/null 2>&1 || out="$out pandoc"
	have_chromium || out="$out chromium"
	echo "$out"
}
# chromium_path prints the browser internal/webtest will drive (the same search order).
chromium_path() {
	local c
	for c in ${CHROMIUM:-} chromium chromium-browser google-chrome-stable google-chrome; do
		command -v "$c" 2>/dev/null && return 0
	done
	return 1
}
have_chromium() { chromium_path >/dev/null; }
have_cc() { command -v "$(go env CC 2>/dev/null || echo gcc)" >/dev/null 2>&1; }
py=$(python_bin)
probed=$(probe)
missing=$(missing_py)
pkgs=""
[ -z "$missing" ] || pkgs="$jupyter_pkgs"
have_cc || { missing="$missing C-compiler($(go env CC))"; pkgs="$pkgs $cc_pkgs"; }
missing_web=$(missing_site)
[ -z "$missing_web" ] || { missing="$missing$missing_web"; pkgs="$pkgs $site_pkgs"; }
if [ -n "$missing" ]; then
	if [ "$allow_apt" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		say "installing from Debian's packages (missing:$missing; about 90 s)"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq || die "apt-get update failed: check the network or your apt sources, then run this again."
		# shellcheck disable=SC2086
		apt-get install -y -qq --no-install-recommends $pkgs >/tmp/neurons-apt.log 2>&1 ||
			die "apt-get install failed (log: /tmp/neurons-apt.log). Install by hand: apt-get install$pkgs"
		py=/usr/bin/python3
		probed=$(probe)
		missing=$(missing_py)
		have_cc || missing="$missing C-compiler"
		missing="$missing$(missing_site)"
		[ -z "$missing" ] || die "still missing after apt-get:$missing (python: $py)."
	else
		die "missing:$missing.
On Debian/Ubuntu, as root:  apt-get install $jupyter_pkgs $cc_pkgs $site_pkgs
Elsewhere: install a C compiler for cgo, and notebook, nbconvert, nbclient and
jupyter_kernel_test for a Python 3; for the website also sphinx, nbsphinx,
sphinx-book-theme and pandoc, and Chromium or Chrome (CHROMIUM=/path/to/it);
set PYTHON=/path/to/that/python3 when you run make.
Then run this again."
	fi
fi
ok "Jupyter: notebook $(version notebook) nbconvert $(version nbconvert) nbclient $(version nbclient)"
ok "C compiler for the kernel's plugins: $(command -v "$(go env CC)")"
if [ "$site" = 1 ]; then
	ok "website: sphinx $(version sphinx) nbsphinx $(version nbsphinx) sphinx-book-theme $(version sphinx_book_theme), $(pandoc --version | head -n1), browser $(chromium_path)"
fi

[ "$system_only" = 1 ] && exit 0

# 4. The kernel and its kernelspec. Meanwhile the modules the lessons' imports need (gonum,
#    gonum/plot and theirs) download in the background: on a fresh machine that is network time
#    the kernel's compile can overlap, instead of the first lesson's import waiting for it.
dl_log=$(mktemp)
(GOFLAGS=-mod=readonly go list -deps ./pkg/... >/dev/null 2>"$dl_log") &
dl=$!
bash scripts/kernel.sh || { kill "$dl" 2>/dev/null; wait "$dl" 2>/dev/null; rm -f "$dl_log"; exit 1; }
if wait "$dl"; then
	ok "modules for the lessons' imports in $(go env GOMODCACHE)"
else
	cat "$dl_log" >&2
	rm -f "$dl_log"
	die "could not download the modules the lessons import (above), through GOPROXY=$(go env GOPROXY)."
fi
rm -f "$dl_log"

if [ "$warm" = 1 ]; then
	say "warming the Go build cache with scripts/kernel_smoke.ipynb"
	out=$(mktemp -d)
	# Its first import compiles everything with an empty build cache: half an hour before it
	# counts as hung, since a busy machine (a shared image builder) can take many minutes.
	"$py" scripts/run_notebooks.py --out "$out" --quiet --timeout 1800 scripts/kernel_smoke.ipynb >/dev/null
	rm -rf "$out" # the rendered page and its MathJax copy are not needed, only the warm cache
	ok "build cache warm"
fi
