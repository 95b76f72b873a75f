#!/usr/bin/env bash
# image_base.sh: make a local stand-in for the Docker image golang:1.26-bookworm, the base of
# docker/Dockerfile, when Docker Hub cannot be reached. It is what the official image is made of:
# Debian 12 (debootstrap --variant=minbase from Debian's archive), the Go tree in /usr/local/go
# (this machine's: `go env GOROOT`), the packages the golang image adds (ca-certificates, curl,
# git, make, gcc, g++, libc6-dev, pkg-config, procps, netbase), PATH and GOPATH=/go set, and it is
# committed with buildah under the name docker.io/library/golang:1.26-bookworm, so that
# `FROM golang:1.26-bookworm` finds it in local storage.
#
# One step belongs to this machine, not to the image: when this machine's CA bundle holds
# certificates Debian's does not (a TLS-inspecting proxy re-signs connections to the Go module
# proxy, say), those certificates are added to the stand-in as local CAs, or the build's module
# downloads fail with "x509: certificate signed by unknown authority". They never go into the
# Dockerfile, and a machine with Debian's bundle adds nothing.
#
#   bash scripts/image_base.sh          build it unless an image of that name exists
#   bash scripts/image_base.sh --force  build it again
#
# Needs root (debootstrap, buildah's storage); installs debootstrap and buildah from Debian's
# packages when they are missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

name=${IMAGE_BASE:-docker.io/library/golang:1.26-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
force=0
for arg in "$@"; do
	case "$arg" in
	--force) force=1 ;;
	*) die "image_base.sh: unknown option $arg (known: --force)" ;;
	esac
done

[ "$(id -u)" = 0 ] || die "image_base.sh needs root (debootstrap and buildah's storage in /var/lib/containers)."
need=""
command -v debootstrap >/dev/null 2>&1 || need="$need debootstrap"
command -v buildah >/dev/null 2>&1 || need="$need buildah"
if [ -n "$need" ]; then
	command -v apt-get >/dev/null 2>&1 || die "missing:$need, and this is not a Debian/Ubuntu system: install them by hand."
	say "installing$need from Debian's packages"
	# shellcheck disable=SC2086
	{ DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/tmp/neurons-image-apt.log 2>&1 ||
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/tmp/neurons-image-apt.log 2>&1; }; } ||
		die "apt-get install$need failed (log: /tmp/neurons-image-apt.log)"
fi

if [ "$force" = 0 ] && buildah inspect --type image "$name" >/dev/null 2>&1; then
	ok "base image $name is there (--force builds it again)"
	exit 0
fi

goroot=$(GOTOOLCHAIN=local go env GOROOT)
gover=$(GOTOOLCHAIN=local go env GOVERSION)
case "$gover" in
go1.26*) ;;
*) die "this machine's Go is $gover; the stand-in for golang:1.26-bookworm needs a Go 1.26 tree." ;;
esac

work=$(mktemp -d /var/tmp/neurons-base.XXXXXX)
ctr=""
cleanup() {
	[ -z "$ctr" ] || buildah rm "$ctr" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
rootfs=$work/rootfs

say "debootstrap bookworm (minbase) from $mirror into $rootfs (a few minutes)"
pkgs=ca-certificates,curl,git,make,gcc,g++,libc6-dev,pkg-config,procps,netbase
debootstrap --variant=minbase --include="$pkgs" bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
	tail -n 30 "$work/debootstrap.log" >&2
	die "debootstrap failed (log above)"
}

# Debian's image lists the same three suites as deb.debian.org's own images, in deb822 form.
rm -f "$rootfs/etc/apt/sources.list"
cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/archives/*.deb

# The machine's certificates that Debian's bundle lacks become local CAs of the stand-in, where
# update-ca-certificates (run again by any later package install) keeps them.
host_bundle=/etc/ssl/certs/ca-certificates.crt
img_bundle=$rootfs/etc/ssl/certs/ca-certificates.crt
if [ -f "$host_bundle" ] && ! cmp -s "$host_bundle" "$img_bundle"; then
	n=$(/usr/bin/python3 - "$host_bundle" "$img_bundle" "$rootfs/usr/local/share/ca-certificates" <<'EOF'
import os, re, sys
pem = re.compile(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)
host = pem.findall(open(sys.argv[1]).read())
have = {re.sub(r"\s", "", c) for c in pem.findall(open(sys.argv[2]).read())}
extra = [c for c in host if re.sub(r"\s", "", c) not in have]
os.makedirs(sys.argv[3], exist_ok=True)
for i, c in enumerate(extra):
    with open(os.path.join(sys.argv[3], "machine-%02d.crt" % i), "w") as f:
        f.write(c + "\n")
print(len(extra))
EOF
	)
	if [ "$n" -gt 0 ]; then
		chroot "$rootfs" update-ca-certificates >/dev/null
		ok "added $n certificate(s) of this machine's CA bundle that Debian's lacks (this machine only, not the Dockerfile)"
	fi
fi

say "copying this machine's Go ($gover, $goroot) to /usr/local/go"
mkdir -p "$rootfs/usr/local/go"
cp -a "$goroot/." "$rootfs/usr/local/go/"
mkdir -p "$rootfs/go/src" "$rootfs/go/bin"
chmod -R 1777 "$rootfs/go"

say "committing $name"
ctr=$(buildah from scratch)
mnt=$(buildah mount "$ctr")
cp -a "$rootfs/." "$mnt/"
buildah umount "$ctr" >/dev/null
buildah config \
	--env PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
	--env GOLANG_VERSION="${gover#go}" \
	--env GOTOOLCHAIN=local \
	--env GOPATH=/go \
	--workingdir /go \
	--cmd bash \
	--os linux --arch "$(GOTOOLCHAIN=local go env GOARCH)" \
	"$ctr"
buildah commit --quiet --rm "$ctr" "$name" >/dev/null
ctr=""
ok "base image $name: $(buildah images --format '{{.Size}}' "$name" | head -n1)"
