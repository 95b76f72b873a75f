# lib.sh: small helpers shared by the setup scripts. Source it; do not run it.

say() { printf '==> %s\n' "$*"; }
ok() { printf ' ok %s\n' "$*"; }
die() {
	printf '\nerror: %s\n' "$*" >&2
	exit 1
}

# python_bin prints the Python that has (or will have) Jupyter: $PYTHON if set, else
# Debian's /usr/bin/python3 (the python3 first on PATH is often another interpreter).
python_bin() {
	if [ -n "${PYTHON:-}" ]; then
		echo "$PYTHON"
	elif [ -x /usr/bin/python3 ]; then
		echo /usr/bin/python3
	elif command -v python3 >/dev/null 2>&1; then
		command -v python3
	else
		echo /usr/bin/python3 # not there yet: setup.sh installs it with Jupyter
	fi
}

# check_go fails unless the go command is at least the version go.mod asks for.
check_go() {
	command -v go >/dev/null 2>&1 || die "the go command is not on PATH. Install Go $(go_wanted) or newer from https://go.dev/dl/ and put its bin directory on PATH."
	local have want
	have=$(GOTOOLCHAIN=local go env GOVERSION 2>/dev/null | sed 's/^go//')
	want=$(go_wanted)
	if ! version_ge "$have" "$want"; then
		die "Go $have is too old: this course needs Go $want or newer (go.mod). Install it from https://go.dev/dl/ and make sure 'go version' shows it."
	fi
	ok "Go $have"
}

go_wanted() { sed -n 's/^go \([0-9.]*\).*/\1/p' "$root/go.mod"; }

# version_ge A B: is version A >= version B (dotted numbers)?
version_ge() {
	[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]
}
