#!/usr/bin/env bash
# kernel.sh: build the gophernotes kernel with our patches and install its kernelspec.
#
# The versions are pinned in tools/gophernotes/go.mod (gophernotes v0.7.5, gomacro and
# x/tools at the exact versions that work with Go 1.26). We vendor them in a scratch
# directory, apply tools/gophernotes/patches/*.patch in the order of their numbers, and build
# tools/gophernotes/bin/gophernotes. A stamp of the inputs (go.mod, go.sum, patches, Go
# version) makes a second run with nothing changed skip the build.
#
# The kernelspec "gophernotes" (display name "Go") goes to the user's Jupyter data directory
# with interrupt_mode "signal" (Jupyter's ■ sends SIGINT to the kernel's process group, which
# also stops the go commands of an import's plugin build; the kernel answers an
# interrupt_request as well, see patch 10) and the environment the kernel needs:
#   GOPROXY     the user's proxy list with "|off" at the end, so that the relative import of
#               our packages ("../pkg/nn") falls through to the replace directive gomacro writes;
#   GOTOOLCHAIN local, GOWORK off, GOFLAGS empty (a user's GOFLAGS must not leak into plugin builds);
#   CGO_ENABLED 1, since -buildmode=plugin links through cgo;
#   GOPATH, GOMODCACHE, GOCACHE as `go env` reports them now, so the warm caches are shared;
#   PATH        with this go command first.
# gotypesalias=0 is built into the binary by the godebug line in tools/gophernotes/go.mod.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

export GOTOOLCHAIN=local GOWORK=off
unset GOFLAGS

tooldir=$root/tools/gophernotes
bin=$tooldir/bin/gophernotes
stamp=$tooldir/bin/.stamp

# The stamp hashes absolute paths only (this script by its path under $root, not "$0"), so
# that it is the same whichever directory kernel.sh is run from; a path that does not exist
# fails here instead of silently changing the stamp.
inputs_hash() {
	local f files=("$tooldir/go.mod" "$tooldir/go.sum" "$tooldir/tools.go" "$tooldir"/patches/*.patch "$root/scripts/kernel.sh")
	for f in "${files[@]}"; do
		[ -f "$f" ] || die "kernel.sh: missing input $f"
	done
	{
		for f in "${files[@]}"; do
			printf '%s\n' "${f#"$root"/}"
			cat "$f"
		done
		go env GOVERSION GOOS GOARCH
	} | sha256sum | cut -d' ' -f1
}

want=$(inputs_hash)
if [ -x "$bin" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
	ok "gophernotes kernel up to date ($bin)"
else
	say "building the gophernotes kernel (about 70 s the first time)"
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
	cp "$tooldir/go.mod" "$tooldir/go.sum" "$tooldir/tools.go" "$work/"
	# gomacro's pseudo-version is not in the checksum database; its hash is pinned in go.sum.
	if ! (cd "$work" && GONOSUMDB=github.com/cosmos72/gomacro GOFLAGS=-mod=mod go mod vendor) >"$work/vendor.log" 2>&1; then
		cat "$work/vendor.log" >&2
		die "could not fetch gophernotes and gomacro through the Go module proxy (GOPROXY=$(go env GOPROXY)).
Check that the proxy is reachable (go env GOPROXY; curl it), or point GOPROXY at a proxy or
module cache that has github.com/gopherdata/gophernotes v0.7.5, then run this again."
	fi
	# Every patch must apply exactly, with no fuzz: git apply never uses fuzz, and GNU patch
	# (whose default fuzz of 2 could land a hunk in the wrong place after a version bump) is
	# asked for --fuzz=0. They apply in the order of their numbers (sort -V puts 100 after 99).
	mapfile -t patches < <(printf '%s\n' "$tooldir"/patches/*.patch | sort -V)
	for p in "${patches[@]}"; do
		if command -v git >/dev/null 2>&1; then
			(cd "$work/vendor" && GIT_CEILING_DIRECTORIES="$work" git apply -p1 "$p") >"$work/patch.log" 2>&1
		else
			(cd "$work/vendor" && patch -s -p1 --fuzz=0 --forward --no-backup-if-mismatch <"$p") >"$work/patch.log" 2>&1
		fi || {
			cat "$work/patch.log" >&2
			die "patch $(basename "$p") does not apply to the vendored kernel sources: the pinned versions and the patch disagree."
		}
	done
	(cd "$work" && go build -mod=vendor -o "$work/gophernotes" github.com/gopherdata/gophernotes) ||
		die "building gophernotes failed (see above)."
	mkdir -p "$tooldir/bin"
	mv -f "$work/gophernotes" "$bin.tmp" && mv -f "$bin.tmp" "$bin"
	echo "$want" >"$stamp"
	ok "built $bin"
fi

# The kernelspec.
py=$(python_bin)
datadir=$("$py" -c 'from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())') ||
	die "cannot ask Jupyter for its data directory with $py: run scripts/setup.sh to install Jupyter."
specdir=$datadir/kernels/gophernotes

goproxy=$(go env GOPROXY)
case "$goproxy" in
off) ;;
*)
	# Drop a trailing "direct" (after , or |) and end the list with |off.
	goproxy=$(printf '%s' "$goproxy" | sed -E 's/[,|]direct$//; s/^direct$//')
	goproxy=${goproxy:+$goproxy|}off
	;;
esac
gobin=$(dirname "$(command -v go)")

spec=$("$py" - "$bin" "$goproxy" "$gobin" "$(go env GOPATH)" "$(go env GOMODCACHE)" "$(go env GOCACHE)" <<'PY'
import json, sys
bin, proxy, gobin, gopath, modcache, gocache = sys.argv[1:]
print(json.dumps({
    "argv": [bin, "{connection_file}"],
    "display_name": "Go",
    "language": "go",
    "interrupt_mode": "signal",
    "env": {
        "GOPROXY": proxy,
        "GOTOOLCHAIN": "local",
        "CGO_ENABLED": "1",
        "GOWORK": "off",
        "GOFLAGS": "",
        "GOPATH": gopath,
        "GOMODCACHE": modcache,
        "GOCACHE": gocache,
        "PATH": gobin + ":/usr/local/bin:/usr/bin:/bin",
    },
}, indent=2))
PY
)
if [ -f "$specdir/kernel.json" ] && [ "$(cat "$specdir/kernel.json")" = "$spec" ]; then
	ok "kernelspec gophernotes up to date ($specdir)"
else
	mkdir -p "$specdir"
	printf '%s\n' "$spec" >"$specdir/kernel.json.tmp" && mv -f "$specdir/kernel.json.tmp" "$specdir/kernel.json"
	ok "installed kernelspec gophernotes ($specdir)"
fi
