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
missing_py() {
	local py=$1 m out=""
	for m in notebook nbconvert nbclient jupyter_client jupyter_kernel_test; do
		"$py" -c "import $m" >/dev/null 2>&1 || out="$out $m"
	done
	[ -f /usr/share/javascript/mathjax/MathJax.js ] || out="$out mathjax(libjs-mathjax)"
	echo "$out"
}
# 3. The website: Sphinx with nbsphinx (which converts Markdown cells with pandoc) and the
#    book theme build it; the browser test drives Debian's Chromium.
site_pkgs="python3-sphinx python3-nbsphinx python3-sphinx-book-theme pandoc chromium fonts-liberation"
missing_site() {
	local py=$1 m out=""
	[ "$site" = 1 ] || return 0
	for m in sphinx nbsphinx sphinx_book_theme; do
		"$py" -c "import $m" >/dev/null 2>&1 || out="$out $m"
	done
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
missing=$(missing_py "$py")
pkgs=""
[ -z "$missing" ] || pkgs="$jupyter_pkgs"
have_cc || { missing="$missing C-compiler($(go env CC))"; pkgs="$pkgs $cc_pkgs"; }
missing_web=$(missing_site "$py")
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
		missing=$(missing_py "$py")
		have_cc || missing="$missing C-compiler"
		missing="$missing$(missing_site "$py")"
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
ok "Jupyter: $("$py" -c 'import notebook, nbconvert, nbclient; print("notebook", notebook.__version__, "nbconvert", nbconvert.__version__, "nbclient", nbclient.__version__)')"
ok "C compiler for the kernel's plugins: $(command -v "$(go env CC)")"
if [ "$site" = 1 ]; then
	ok "website: $("$py" -c 'import sphinx, nbsphinx, sphinx_book_theme; print("sphinx", sphinx.__version__, "nbsphinx", nbsphinx.__version__, "sphinx-book-theme", sphinx_book_theme.__version__)'), $(pandoc --version | head -n1), browser $(chromium_path)"
fi

[ "$system_only" = 1 ] && exit 0

# 4. The kernel and its kernelspec.
bash scripts/kernel.sh

if [ "$warm" = 1 ]; then
	say "warming the Go build cache with scripts/kernel_smoke.ipynb"
	out=$(mktemp -d)
	"$py" scripts/run_notebooks.py --out "$out" --quiet scripts/kernel_smoke.ipynb >/dev/null
	rm -rf "$out" # the rendered page and its MathJax copy are not needed, only the warm cache
	ok "build cache warm"
fi
