#!/usr/bin/env bash
# build-base-image.sh OUT.tar
#
# Builds a minimal Debian 12 (bookworm) + OpenJDK 17 JRE (headless) base image
# with mmdebstrap, entirely from Debian packages and without any container
# daemon, and writes it as a docker-archive tarball ("docker save" layout:
# manifest.json + config + one gzipped layer) that
#   * Jib 3.5.x accepts as <from><image>tar:///abs/path/OUT.tar</image></from>
#   * `podman load -i OUT.tar` / `skopeo copy docker-archive:OUT.tar ...` accept.
#
# The tarball is cached under a content key (this script's text, the package
# list, SOURCE_DATE_EPOCH and the exact Debian versions apt would install,
# resolved from the host's apt lists), so a rerun with unchanged inputs only
# copies the cached file (well under a second).
#
# Env knobs:
#   JERA_BASE_CACHE_DIR  cache dir (default ${XDG_CACHE_HOME:-$HOME/.cache}/jera/base-image)
#   JERA_BASE_REBUILD=1  ignore the cache
#   JERA_BASE_APT_UPDATE=0  skip `apt-get update` before computing the key
#   SOURCE_DATE_EPOCH    timestamp used for all files/config (default fixed below)
#
# Needs root (mmdebstrap --mode=root) and the mmdebstrap package
# (containers/setup.sh installs it).
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 OUT.tar" >&2
  exit 2
fi
OUT=$1
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac

SUITE=bookworm
PACKAGES=(openjdk-17-jre-headless ca-certificates)
NONROOT_UID=65532
JAVA_HOME_DIR=/usr/lib/jvm/java-17-openjdk-amd64
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
PY=/usr/bin/python3; [[ -x $PY ]] || PY=python3
CACHE_DIR=${JERA_BASE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/jera/base-image}

log() { echo "[build-base-image] $*"; }

[[ $(id -u) -eq 0 ]] || { echo "must run as root (mmdebstrap --mode=root)" >&2; exit 1; }
command -v mmdebstrap >/dev/null || { echo "mmdebstrap missing: run containers/setup.sh" >&2; exit 1; }
[[ $(dpkg --print-architecture) == amd64 ]] || { echo "only amd64 is supported" >&2; exit 1; }

# ---------------------------------------------------------------- content key
if [[ ${JERA_BASE_APT_UPDATE:-1} == 1 ]]; then
  log "apt-get update (to resolve current package versions for the cache key)"
  apt-get update -qq >/dev/null
fi
empty_status=$(mktemp)
# Resolve the full dependency closure (plus the Essential:yes set) against an
# EMPTY dpkg status, i.e. what a fresh chroot would get (mmdebstrap uses bookworm + -updates + -security, like
# the host's sources).
resolved=$(apt-get -s -o Dir::State::status="$empty_status" -o APT::Install-Recommends=false \
             install "${PACKAGES[@]}" '?essential' 2>/dev/null | awk '/^Inst /{print $2, $3}' | tr -d '(' | sort)
rm -f "$empty_status"
if [[ -z "$resolved" ]]; then
  echo "could not resolve ${PACKAGES[*]} from the host apt lists (run apt-get update)" >&2
  exit 1
fi
KEY=$( { sha256sum "${BASH_SOURCE[0]}" | cut -d' ' -f1; echo "$SUITE ${PACKAGES[*]} $SOURCE_DATE_EPOCH"; echo "$resolved"; } \
        | sha256sum | cut -c1-16)
CACHED="$CACHE_DIR/jre17-base-$KEY.tar"
log "content key $KEY (openjdk $(awk '$1=="openjdk-17-jre-headless"{print $2}' <<<"$resolved"))"

if [[ -s "$CACHED" && ${JERA_BASE_REBUILD:-0} != 1 ]]; then
  log "cache hit: $CACHED"
else
  log "cache miss: building with mmdebstrap (about 1-2 minutes)"
  mkdir -p "$CACHE_DIR"
  work=$(mktemp -d "${TMPDIR:-/tmp}/jera-base.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/img"

  # Customize hook: slim down + add a numeric non-root user (65532, like
  # distroless' "nonroot"), so `USER 65532` has a passwd entry and a $HOME.
  cat > "$work/customize.sh" <<EOF
#!/bin/sh
set -eu
r="\$1"
rm -rf "\$r/usr/share/man" "\$r/usr/share/info" "\$r/usr/share/lintian" \
       "\$r/var/cache/ldconfig/aux-cache" "\$r/etc/resolv.conf" "\$r/etc/hostname"
rm -f "\$r"/var/cache/debconf/*-old "\$r"/var/lib/dpkg/*-old "\$r"/var/log/*.log
echo "nonroot:x:$NONROOT_UID:$NONROOT_UID:nonroot:/home/nonroot:/usr/sbin/nologin" >> "\$r/etc/passwd"
echo "nonroot:x:$NONROOT_UID:" >> "\$r/etc/group"
echo "nonroot:!:19675::::::" >> "\$r/etc/shadow"
mkdir -p "\$r/home/nonroot"
chown $NONROOT_UID:$NONROOT_UID "\$r/home/nonroot"
chmod 0750 "\$r/home/nonroot"
# ca-certificates-java writes /etc/ssl/certs/java/cacerts as a PKCS#12 file
# with a random MAC salt, the only thing that made two builds differ.  Rewrite
# it deterministically (same 148 trusted certs, no MAC, no cert encryption:
# there are no secrets in a truststore; Java reads it with any password).
chroot "\$r" /usr/bin/keytool -importkeystore -noprompt \
  -srckeystore /etc/ssl/certs/java/cacerts -srcstorepass changeit \
  -destkeystore /tmp/cacerts.new -deststoretype pkcs12 -deststorepass changeit \
  -J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -J-Dkeystore.pkcs12.macAlgorithm=NONE >/dev/null 2>&1
mv "\$r/tmp/cacerts.new" "\$r/etc/ssl/certs/java/cacerts"
chmod 0644 "\$r/etc/ssl/certs/java/cacerts"
# sanity: java must resolve through the alternatives symlink and run
test -L "\$r/usr/bin/java"
chroot "\$r" /usr/bin/java -Xshare:auto -version
EOF
  chmod +x "$work/customize.sh"

  log "mmdebstrap --variant=essential ${PACKAGES[*]} ($SUITE)"
  # --variant=essential: only Essential:yes packages + the JRE (no apt).
  # merged-usr hook: avoids pulling usrmerge (and perl) into the image.
  # apt's dirs are dropped by mmtarfilter afterwards (mmdebstrap's own cleanup
  # still needs /etc/apt after the customize hook has run).
  # /usr/share/man/man1 must exist while the JRE's postinst runs
  # update-alternatives (it creates a java.1.gz slave link there).
  if ! mmdebstrap --mode=root --variant=essential \
    --include="$(IFS=,; echo "${PACKAGES[*]}")" \
    --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/info/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook="$work/customize.sh" \
    "$SUITE" - 2> "$work/mmdebstrap.log" \
    | "$PY" "$(command -v mmtarfilter)" --path-exclude='/dev/*' \
        --path-exclude='/etc/apt*' --path-exclude='/var/lib/apt*' \
        --path-exclude='/var/cache/apt*' --path-exclude='/var/log/apt*' > "$work/layer.tar"
  then
    echo "[build-base-image] mmdebstrap failed; last lines of its log:" >&2
    tail -40 "$work/mmdebstrap.log" >&2
    exit 1
  fi
  cp "$work/mmdebstrap.log" "$CACHE_DIR/jre17-base-$KEY.mmdebstrap.log"
  log "mmdebstrap done (log: $CACHE_DIR/jre17-base-$KEY.mmdebstrap.log)"

  DIFF_ID=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
  log "layer: $(du -m "$work/layer.tar" | cut -f1) MiB uncompressed, diff_id sha256:$DIFF_ID"
  gzip -n -6 < "$work/layer.tar" > "$work/layer.tar.gz"
  LAYER_DIGEST=$(sha256sum "$work/layer.tar.gz" | cut -d' ' -f1)
  mv "$work/layer.tar.gz" "$work/img/$LAYER_DIGEST.tar.gz"
  rm -f "$work/layer.tar"

  jdk_version=$(awk '$1=="openjdk-17-jre-headless"{print $2}' <<<"$resolved")
  created=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
  cat > "$work/img/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"$created","config":{"User":"$NONROOT_UID:$NONROOT_UID","Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$JAVA_HOME_DIR","LANG=C.UTF-8"],"WorkingDir":"/","Labels":{"org.opencontainers.image.title":"jera-jre17-base","org.opencontainers.image.description":"Debian $SUITE + openjdk-17-jre-headless $jdk_version (mmdebstrap)"}},"rootfs":{"type":"layers","diff_ids":["sha256:$DIFF_ID"]},"history":[{"created":"$created","created_by":"mmdebstrap --variant=essential --include=${PACKAGES[*]} $SUITE (jera build-base-image.sh)"}]}
EOF
  CONFIG_DIGEST=$(sha256sum "$work/img/config.json" | cut -d' ' -f1)
  cat > "$work/img/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["localhost/jera/jre17-base:$KEY"],"Layers":["$LAYER_DIGEST.tar.gz"]}]
EOF
  tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
      -C "$work/img" -cf "$work/out.tar" manifest.json config.json "$LAYER_DIGEST.tar.gz"
  mv "$work/out.tar" "$CACHED.tmp" && mv "$CACHED.tmp" "$CACHED"
  printf '%s\n' "key=$KEY" "image_id=sha256:$CONFIG_DIGEST" "diff_id=sha256:$DIFF_ID" \
      "layer_digest=sha256:$LAYER_DIGEST" "tag=localhost/jera/jre17-base:$KEY" "--- resolved packages" "$resolved" \
      > "$CACHED.info"
  # keep only the newest few cached images
  ls -1t "$CACHE_DIR"/jre17-base-*.tar 2>/dev/null | tail -n +4 | while read -r old; do rm -f "$old" "$old.info" "${old%.tar}.mmdebstrap.log"; done
fi

mkdir -p "$(dirname "$OUT")"
cp -f "$CACHED" "$OUT.tmp" && mv -f "$OUT.tmp" "$OUT"
cp -f "$CACHED.info" "$OUT.info"
log "wrote $OUT ($(du -m "$OUT" | cut -f1) MiB; $(grep '^image_id=' "$OUT.info"); tag $(grep '^tag=' "$OUT.info" | cut -d= -f2))"
