#!/usr/bin/env bash
# Load test of figlint serve, not part of mvn verify. Run from the repository root:
#   bash bench/serve/run.sh [REQUESTS] [CLIENTS]
# Starts the real jar on a free loopback port, sends REQUESTS (2000) POST /v2/check from
# CLIENTS (16) concurrent clients after a warm-up, checks every answer, prints the latencies.
set -euo pipefail
requests="${1:-2000}"
clients="${2:-16}"
./figlint --version >/dev/null   # builds the jar if needed
log="$(mktemp)"
java -jar target/figlint.jar serve --port 0 --no-config 2>"$log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 300); do
  url="$(sed -n 's/^figlint: serving on //p' "$log")"
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$url" ] || { echo "figlint serve did not start" >&2; cat "$log" >&2; exit 2; }
echo "server: $url (pid $pid), $(nproc) processors"
java bench/serve/Load.java "$url" "$requests" "$clients" 200
uptime
