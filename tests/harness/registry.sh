#!/usr/bin/env bash
# CTest fixture: a real Distribution registry (Debian's docker-registry) on a
# free loopback port, with throw-away storage and deletes enabled.
#   registry.sh start STATE_DIR   registry.sh stop STATE_DIR
# The base URL is written to STATE_DIR/url.
set -euo pipefail
action=$1
state=$2

stop() {
    if [ -f "$state/registry.pid" ]; then
        kill "$(cat "$state/registry.pid")" 2>/dev/null || true
        rm -f "$state/registry.pid"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "$action" in
start)
    stop
    rm -rf "$state"
    mkdir -p "$state/data"
    # A port found free can be taken by another test before the registry
    # binds it (tests start services in parallel): on "address already in
    # use" the registry exits, and another port is tried.
    for _attempt in 1 2 3 4 5; do
        port=""
        for _ in $(seq 1 50); do
            # Below Linux's default ephemeral range (32768-60999), where the
            # kernel hands out the ports of every outgoing connection and of
            # servers bound to port 0.
            candidate=$((20000 + RANDOM % 12000))
            if ! port_in_use "$candidate"; then
                port=$candidate
                break
            fi
        done
        [ -n "$port" ] || { echo "registry: no free port" >&2; exit 1; }
        cat >"$state/config.yml" <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $state/data
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$port
  secret: lattice-desk-test-registry
YAML
        docker-registry serve "$state/config.yml" >"$state/registry.log" 2>&1 &
        pid=$!
        echo "$pid" >"$state/registry.pid"
        for _ in $(seq 1 100); do
            if curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1; then
                echo "http://127.0.0.1:$port" >"$state/url"
                echo "registry: ready on http://127.0.0.1:$port"
                exit 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if ! kill -0 "$pid" 2>/dev/null && grep -q "address already in use" "$state/registry.log"; then
            rm -f "$state/registry.pid"
            continue
        fi
        break
    done
    echo "registry: did not answer on port $port" >&2
    cat "$state/registry.log" >&2
    stop
    exit 1
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
