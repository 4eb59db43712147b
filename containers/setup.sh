#!/usr/bin/env bash
# containers/setup.sh — install and configure what Jera's container tests need
# on a Debian 12 (bookworm) machine, as root, without a Docker daemon.
#
# Idempotent: safe to re-run; every step checks before it changes anything.
# Prints one line per step. Exit status non-zero on any failure.
#
# What it sets up:
#   * Debian packages: podman, runc, conmon, skopeo, mmdebstrap, docker-registry,
#     containernetworking-plugins, catatonit, uidmap, slirp4netns, fuse-overlayfs
#   * /etc/containers/containers.conf.d/50-jera.conf:
#       runtime = runc (crun is not installed; it is unusable on this host's
#       hybrid cgroup v1 + v2 layout anyway), cgroup_manager = cgroupfs (no
#       systemd running), events/log to files, and default ulimits nofile /
#       nproc at or below this shell's hard limits (podman's defaults for root
#       are 1048576 / 4194304, which runc cannot set here: the sandbox has no
#       CAP_SYS_RESOURCE, so every `podman run` fails with
#       "error setting rlimit type 7: operation not permitted").
#   * /etc/containers/storage.conf: driver overlay (native kernel overlayfs,
#     probed first) or vfs as a fallback.
#   * a smoke test: `podman run` of a tiny image built from host files.
#
# Env knobs:
#   JERA_PODMAN_STORAGE_DRIVER=overlay|vfs   force the storage driver
#   JERA_ULIMIT_NOFILE / JERA_ULIMIT_NPROC   force the ulimits
#   JERA_SKIP_APT=1                          do not run apt-get (offline rerun)
set -euo pipefail

step() { echo "[container-setup] $*"; }
die() { echo "[container-setup] ERROR: $*" >&2; exit 1; }

[[ $(id -u) -eq 0 ]] || die "must run as root"
[[ -r /etc/debian_version ]] || die "not a Debian system"

PKGS=(podman runc conmon skopeo mmdebstrap docker-registry containernetworking-plugins
      catatonit uidmap slirp4netns fuse-overlayfs golang-github-containers-common python3 gzip tar)

# ------------------------------------------------------------------ packages
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  step "packages: all present (${PKGS[*]})"
elif [[ ${JERA_SKIP_APT:-0} == 1 ]]; then
  die "packages missing and JERA_SKIP_APT=1: ${missing[*]}"
else
  step "packages: apt-get update"
  apt-get update -qq >/dev/null || die "apt-get update failed"
  step "packages: installing ${missing[*]}"
  # --no-install-recommends keeps buildah, crun & co. out; policy-rc.d-free
  # machines without systemd just print "invoke-rc.d: could not determine
  # current runlevel" for docker-registry, which is harmless.
  aptlog=$(mktemp)
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >"$aptlog" 2>&1; then
    tail -40 "$aptlog" >&2; rm -f "$aptlog"; die "apt-get install failed"
  fi
  rm -f "$aptlog"
fi

# docker-registry's postinst starts a system service only where an init system
# runs; here there is none.  Make sure nothing listens on :5000 from a previous
# system-wide start (we always run our own instance with our own config).
if command -v systemctl >/dev/null && systemctl is-system-running >/dev/null 2>&1; then
  systemctl disable --now docker-registry >/dev/null 2>&1 || true
  step "docker-registry: system service disabled (tests start their own)"
else
  step "docker-registry: no init system; the system service is not running (tests start their own)"
fi

# ------------------------------------------------------------------ runtime
command -v runc >/dev/null || die "runc not found after install"
step "runtime: $(runc --version | head -1)"
if command -v crun >/dev/null; then
  step "runtime: crun is installed but will not be used (runtime = runc is forced)"
fi

# ------------------------------------------------------------------ ulimits
hard_n=$(ulimit -Hn); hard_u=$(ulimit -Hu)
pick() { # pick HARD CAP -> min(HARD, CAP); 'unlimited' -> CAP
  if [[ $1 == unlimited ]]; then echo "$2"; elif (( $1 < $2 )); then echo "$1"; else echo "$2"; fi
}
NOFILE=${JERA_ULIMIT_NOFILE:-$(pick "$hard_n" 16384)}
NPROC=${JERA_ULIMIT_NPROC:-$(pick "$hard_u" 8192)}
step "ulimits: this shell's hard limits nofile=$hard_n nproc=$hard_u -> containers get nofile=$NOFILE:$NOFILE nproc=$NPROC:$NPROC"

# ------------------------------------------------------------------ storage driver
probe_overlay() {
  local d; d=$(mktemp -d /var/tmp/jera-ovl.XXXXXX)
  mkdir -p "$d/l" "$d/u" "$d/w" "$d/m"
  echo ok > "$d/l/f"
  local rc=1
  if mount -t overlay overlay -o "lowerdir=$d/l,upperdir=$d/u,workdir=$d/w" "$d/m" 2>/dev/null; then
    if echo x > "$d/m/g" && [[ $(cat "$d/m/f") == ok ]]; then rc=0; fi
    umount "$d/m" || true
  fi
  rm -rf "$d"
  return $rc
}
if [[ -n ${JERA_PODMAN_STORAGE_DRIVER:-} ]]; then
  DRIVER=$JERA_PODMAN_STORAGE_DRIVER
  step "storage: driver forced to $DRIVER"
elif probe_overlay; then
  DRIVER=overlay
  step "storage: kernel overlayfs works on /var/tmp -> driver overlay"
else
  DRIVER=vfs
  step "storage: kernel overlayfs unusable -> driver vfs (slower, more disk)"
fi

write_if_changed() { # write_if_changed PATH  (content on stdin)
  local path=$1 tmp; tmp=$(mktemp)
  cat > "$tmp"
  if [[ -f $path ]] && cmp -s "$tmp" "$path"; then
    rm -f "$tmp"; return 1
  fi
  mkdir -p "$(dirname "$path")"
  install -m 0644 "$tmp" "$path"; rm -f "$tmp"; return 0
}

STORAGE_CONF=/etc/containers/storage.conf
old_driver=""
if [[ -f $STORAGE_CONF ]]; then
  old_driver=$(sed -n 's/^driver *= *"\(.*\)"/\1/p' "$STORAGE_CONF" | head -1)
fi
if write_if_changed "$STORAGE_CONF" <<EOF
# Written by Jera's containers/setup.sh
[storage]
driver = "$DRIVER"
runroot = "/run/containers/storage"
graphroot = "/var/lib/containers/storage"
EOF
then
  step "storage: wrote $STORAGE_CONF (driver=$DRIVER)"
else
  step "storage: $STORAGE_CONF already up to date (driver=$DRIVER)"
fi
# A store created with another driver cannot be opened with the new one.
if [[ -d /var/lib/containers/storage ]]; then
  in_use=""
  for drv in overlay vfs; do
    [[ -d /var/lib/containers/storage/$drv-images ]] && in_use+="$drv "
  done
  if [[ -n $in_use && " $in_use" != *" $DRIVER "* ]]; then
    step "storage: existing store uses '${in_use% }' (old config: ${old_driver:-default}); resetting it for $DRIVER"
    podman system reset --force >/dev/null 2>&1 || rm -rf /var/lib/containers/storage
  fi
fi

# ------------------------------------------------------------------ containers.conf
CONF_D=/etc/containers/containers.conf.d
if write_if_changed "$CONF_D/50-jera.conf" <<EOF
# Written by Jera's containers/setup.sh
[containers]
# runc cannot raise limits above the caller's hard limits here (no
# CAP_SYS_RESOURCE); podman's root defaults (nofile 1048576, nproc 4194304)
# make every container fail to start.
default_ulimits = [
  "nofile=$NOFILE:$NOFILE",
  "nproc=$NPROC:$NPROC",
]
log_driver = "k8s-file"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
then
  step "config: wrote $CONF_D/50-jera.conf (runtime=runc, cgroupfs, ulimits)"
else
  step "config: $CONF_D/50-jera.conf already up to date"
fi

# ------------------------------------------------------------------ registries
# Allow plain-HTTP pulls from the loopback test registry without flags.
if write_if_changed /etc/containers/registries.conf.d/50-jera-loopback.conf <<'EOF'
# Written by Jera's containers/setup.sh: local test registry (docker-registry) on loopback only
[[registry]]
location = "127.0.0.1:5000"
insecure = true

[[registry]]
location = "localhost:5000"
insecure = true
EOF
then
  step "config: wrote /etc/containers/registries.conf.d/50-jera-loopback.conf (127.0.0.1:5000 insecure)"
else
  step "config: loopback registry config already up to date"
fi

# ------------------------------------------------------------------ smoke test
info=$(podman info --format '{{.Host.OCIRuntime.Name}} {{.Store.GraphDriverName}} {{.Host.CgroupsVersion}} {{.Host.CgroupManager}}')
read -r rt drv cgv cgm <<<"$info"
[[ $rt == runc ]] || die "podman uses runtime '$rt', expected runc"
[[ $drv == "$DRIVER" ]] || die "podman uses storage driver '$drv', expected $DRIVER"
step "podman: $(podman --version) runtime=$rt storage=$drv cgroups=$cgv/$cgm"

# A throwaway image made from the host's static-enough busybox-less files: we
# use the host's /bin/sh + its libraries via `podman import` of a tiny rootfs.
smoke_img=localhost/jera/smoke:1
if ! podman image exists "$smoke_img"; then
  d=$(mktemp -d)
  mkdir -p "$d/rootfs/bin" "$d/rootfs/tmp" "$d/rootfs/proc" "$d/rootfs/dev" "$d/rootfs/sys" "$d/rootfs/etc"
  cp /bin/dash "$d/rootfs/bin/sh"
  for lib in $(ldd /bin/dash | grep -o '/[^ ]*'); do
    mkdir -p "$d/rootfs$(dirname "$lib")"; cp -L "$lib" "$d/rootfs$lib"
  done
  tar -C "$d/rootfs" -cf "$d/rootfs.tar" .
  podman import -q "$d/rootfs.tar" "$smoke_img" >/dev/null
  rm -rf "$d"
fi
out=$(podman run --rm --network=none --read-only --cap-drop=ALL --security-opt=no-new-privileges \
        --user 65532 "$smoke_img" /bin/sh -c 'echo smoke-ok; ulimit -n' 2>&1) \
  || die "smoke container failed: $out"
[[ $out == *smoke-ok* ]] || die "smoke container printed: $out"
step "smoke: podman run --read-only --cap-drop=ALL --user 65532 ok (nofile in container: $(tail -1 <<<"$out"))"
step "done"
