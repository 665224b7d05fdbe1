#!/usr/bin/env bash
# Cold start: time from launching the server with an EMPTY data dir (so Flyway migrates and the
# demo territory is generated and loaded) to /actuator/health UP, and the server's RSS after start.
# Usage: bench/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=server/target/aumaq-server.jar
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
port=${PORT:-18080}
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --aumaq.data-dir="$dir" > "$dir/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  up=$(date +%s.%N)
  regions=$(curl -fs "http://localhost:$port/api/units?level=region&limit=0" | grep -o '"numberMatched":[0-9]*')
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf 'run %d: health UP after %.1f s, RSS %d MiB, regions %s, data dir %s MiB\n' "$run" \
    "$(echo "$up - $start" | bc)" "$((rss_kb / 1024))" "${regions#*:}" "$(du -sm "$dir" | cut -f1)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
