#!/usr/bin/env bash
# CTest fixture: a private session D-Bus with an unlocked gnome-keyring, so
# QtKeychain talks to a real Secret Service and never to the user's own.
#   keyring.sh start STATE_DIR   keyring.sh stop STATE_DIR
# Tests find the bus at unix:path=STATE_DIR/bus.
set -euo pipefail
action=$1
state=$2

stop() {
    for f in "$state/keyring.pid" "$state/dbus.pid"; do
        if [ -f "$f" ]; then
            kill "$(cat "$f")" 2>/dev/null || true
            rm -f "$f"
        fi
    done
    # gnome-keyring-daemon forks; anything still attached to this bus goes too.
    pkill -f "gnome-keyring-daemon.*--control-directory=$state/run" 2>/dev/null || true
}

case "$action" in
start)
    stop
    rm -rf "$state"
    mkdir -p "$state/home" "$state/run"
    chmod 700 "$state/run"
    export HOME="$state/home" XDG_RUNTIME_DIR="$state/run" XDG_DATA_HOME="$state/home/.local/share"
    dbus-daemon --session --fork --address="unix:path=$state/bus" --print-pid >"$state/dbus.pid"
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$state/bus"
    # The password is a test-only constant: this keyring lives and dies with the test run.
    printf 'lattice-desk-test-keyring' |
        gnome-keyring-daemon --unlock --components=secrets --daemonize \
            --control-directory="$state/run" >"$state/keyring.env"
    for _ in $(seq 1 50); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true"; then
            pgrep -f "gnome-keyring-daemon.*--control-directory=$state/run" | head -n1 >"$state/keyring.pid"
            echo "keyring: Secret Service ready on unix:path=$state/bus"
            exit 0
        fi
        sleep 0.1
    done
    echo "keyring: gnome-keyring-daemon did not register org.freedesktop.secrets" >&2
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
