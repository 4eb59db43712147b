#!/usr/bin/env bash
# local-registry.sh start|stop|status [STATE_DIR]
#
# Runs Debian's docker-registry (distribution 2.8) standalone, without systemd,
# on 127.0.0.1 only, with its storage in STATE_DIR/storage (a throwaway dir).
# Plain HTTP: clients need allowInsecureRegistries (Jib) / --tls-verify=false
# (podman, skopeo) unless containers/setup.sh's registries.conf.d entry is present.
#
# Env: JERA_REGISTRY_ADDR (default 127.0.0.1:5000). Default STATE_DIR:
# ${TMPDIR:-/tmp}/jera-registry. The pid is kept in STATE_DIR/registry.pid and
# only that pid is ever signalled.
set -euo pipefail

cmd=${1:-}
STATE=${2:-${TMPDIR:-/tmp}/jera-registry}
ADDR=${JERA_REGISTRY_ADDR:-127.0.0.1:5000}
PIDFILE=$STATE/registry.pid

case "$ADDR" in
  127.*|localhost:*) ;;
  *) echo "refusing to listen on non-loopback address $ADDR" >&2; exit 2 ;;
esac

running() { [[ -f $PIDFILE ]] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

case "$cmd" in
  start)
    command -v docker-registry >/dev/null || { echo "docker-registry missing: run containers/setup.sh" >&2; exit 1; }
    if running; then echo "[registry] already running (pid $(cat "$PIDFILE")) at $ADDR"; exit 0; fi
    mkdir -p "$STATE/storage"
    cat > "$STATE/config.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $STATE/storage
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: $ADDR
  secret: jera-local-test-only
EOF
    nohup docker-registry serve "$STATE/config.yml" > "$STATE/registry.log" 2>&1 &
    echo $! > "$PIDFILE"
    for _ in $(seq 1 50); do
      if curl -fsS "http://$ADDR/v2/" >/dev/null 2>&1; then
        echo "[registry] started pid $(cat "$PIDFILE") at http://$ADDR (storage $STATE/storage)"
        exit 0
      fi
      running || break
      sleep 0.1
    done
    echo "[registry] failed to start; log:" >&2; cat "$STATE/registry.log" >&2; exit 1
    ;;
  stop)
    if running; then
      pid=$(cat "$PIDFILE"); kill "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      echo "[registry] stopped pid $pid"
    else
      echo "[registry] not running"
    fi
    rm -f "$PIDFILE"
    ;;
  status)
    if running; then echo "[registry] running pid $(cat "$PIDFILE") at $ADDR; storage $(du -sb "$STATE/storage" | cut -f1) bytes"; else echo "[registry] not running"; exit 1; fi
    ;;
  *)
    echo "usage: $0 start|stop|status [STATE_DIR]" >&2; exit 2 ;;
esac
