#!/usr/bin/env bash
# WMS benchmark: Aumaq against MapServer 8 on the same machine, in ONE run, on the real geokz
# boundaries. Uses the shared MapServer anchor (<checkout>/../shared/bench/mapserver: start.sh,
# stop.sh, cycle.lua, urls.txt, tiles.csv, gfi_urls.txt) and derives Aumaq's request lists from
# the same tiles and points. Not part of CI; no test depends on it. See bench/wms/README.md.
#
# Usage: bench/wms/run.sh
# Env:   DURATION (20s), THREADS (2), CONNS (8), PORT (18090), WARMUP (5s), AUMAQ_WARMUP (60s), QUIET_WAIT (60 s)
#        AUMAQ_STYLES      replaces the empty STYLES= in our GetMap/GFI URLs, e.g. plain,plain
#        AUMAQ_TILE_LAYER  XYZ layer for the cached tiles (admin-bench): /tiles/<layer>/default/{z}/{x}/{y}.png
#        ONLY=mapserver    measure MapServer only (no Aumaq server); ONLY=aumaq: Aumaq only
#        SHARED            the shared folder (default: <checkout>/../shared); JAVA_OPTS for our JVM
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
MS=$SHARED/bench/mapserver
GEOKZ=$SHARED/data/geokz
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNS=${CONNS:-8}
WARMUP=${WARMUP:-5s}
# A JVM compiles its hot code during the first tens of seconds under load (C2 still took ~14% of
# the CPU after 20 s here); a server runs for days, so measure it warm, as any JVM benchmark does.
AUMAQ_WARMUP=${AUMAQ_WARMUP:-60s}
PORT=${PORT:-18090}
ONLY=${ONLY:-}
AUMAQ_STYLES=${AUMAQ_STYLES:-plain-districts,plain-regions}
AUMAQ_TILE_LAYER=${AUMAQ_TILE_LAYER:-admin}
MS_URL=http://127.0.0.1:8081
OUR_URL=http://127.0.0.1:$PORT
JAR=$ROOT/server/target/aumaq-server.jar
STAMP=$(date -u +%Y%m%d-%H%M%S)
RAW=$HERE/results/raw/$STAMP
REPORT=$HERE/results/$STAMP.md

die() { echo "run.sh: $*" >&2; exit 1; }
want_ms() { [ "$ONLY" != aumaq ]; }
want_ours() { [ "$ONLY" != mapserver ]; }

case "$ONLY" in ""|mapserver|aumaq) ;; *) die "ONLY must be empty, mapserver or aumaq (got '$ONLY')";; esac
[ -d "$MS" ] || die "shared MapServer bench not found at $MS (set SHARED)"
[ -d "$GEOKZ" ] || die "geokz data not found at $GEOKZ (set SHARED)"
for tool in wrk curl awk; do command -v "$tool" >/dev/null || die "$tool missing: apt-get install -y wrk curl"; done
if want_ms; then
  for tool in spawn-fcgi nginx shptree; do
    command -v "$tool" >/dev/null || die "$tool missing: apt-get install -y cgi-mapserver mapserver-bin spawn-fcgi nginx-light"
  done
  [ -x /usr/lib/cgi-bin/mapserv ] || die "mapserv missing: apt-get install -y cgi-mapserver"
fi
mkdir -p "$RAW/urls"  # URL lists live apart from the wrk outputs, which are named after the tests

# --- servers: started here, stopped by the trap whatever happens (by our own PIDs only) ---
our_pid=""
data_dir=""
ms_started=""
cleanup() {
  if [ -n "$our_pid" ] && kill -0 "$our_pid" 2>/dev/null; then
    kill "$our_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$our_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$our_pid" 2>/dev/null && kill -KILL "$our_pid" 2>/dev/null
    echo "stopped Aumaq ($our_pid)"
  fi
  if [ -n "$data_dir" ]; then rm -rf "$data_dir"; fi
  if [ -n "$ms_started" ]; then "$MS/stop.sh" >/dev/null 2>&1 || true; echo "stopped MapServer"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if want_ours; then
  if [ ! -f "$JAR" ]; then
    echo "building $JAR"
    (cd "$ROOT" && { ./mvnw -B -o -q -DskipTests package || ./mvnw -B -q -DskipTests package; }) || die "build failed"
  fi
  curl -s -o /dev/null --max-time 2 "$OUR_URL/" && die "something already answers on port $PORT; stop it or set PORT"
  data_dir=$(mktemp -d /tmp/aumaq-bench.XXXXXX)
  echo "starting Aumaq on $OUR_URL (data dir $data_dir, log $RAW/aumaq.log)"
  # No rate limit: the benchmark floods the server from one address on purpose.
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM flags
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --aumaq.data-dir="$data_dir" \
    --aumaq.seed.geokz-dir="$GEOKZ" --aumaq.demo.enabled=false \
    --aumaq.security.rate-limit.enabled=false > "$RAW/aumaq.log" 2>&1 &
  our_pid=$!
  for i in $(seq 1 1200); do
    curl -fs --max-time 2 "$OUR_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    kill -0 "$our_pid" 2>/dev/null || { tail -n 30 "$RAW/aumaq.log" >&2; die "Aumaq died during start; see $RAW/aumaq.log"; }
    [ "$i" = 1200 ] && die "Aumaq not UP after 120 s; see $RAW/aumaq.log"
    sleep 0.1
  done
  echo "Aumaq UP: $(curl -s "$OUR_URL/api/units?level=district&limit=0" | grep -o '"numberMatched":[0-9]*') districts"
fi
if want_ms; then
  curl -s -o /dev/null --max-time 2 "$MS_URL/" && die "something already answers on 8081 (MapServer still running? $MS/stop.sh)"
  { [ -s /tmp/ms-bench/mapserv.pids ] || [ -s /tmp/ms-bench/nginx/nginx.pid ]; } \
    && die "MapServer PID files exist under /tmp/ms-bench: someone else's run? ($MS/stop.sh stops it)"
  ms_started=1  # from here on the PID files are ours, so the trap may stop a half-started MapServer
  "$MS/start.sh" > "$RAW/mapserver-start.txt" 2>&1 || { cat "$RAW/mapserver-start.txt" >&2; die "MapServer start failed"; }
  echo "MapServer UP on $MS_URL/wms"
fi

# --- request lists: the shared ones, and ours derived from the same tiles and points ---
styles() { if [ -n "$AUMAQ_STYLES" ]; then sed "s#STYLES=&#STYLES=$AUMAQ_STYLES\&#"; else cat; fi; }
sed "s#$MS_URL/wms#$OUR_URL/wms#" "$MS/urls.txt" | styles > "$RAW/urls/aumaq_tiles.txt"
sed "s#$MS_URL/wms#$OUR_URL/wms#" "$MS/gfi_urls.txt" | styles > "$RAW/urls/aumaq_gfi.txt"
awk -F, -v base="$OUR_URL/tiles/$AUMAQ_TILE_LAYER/default" \
  'NR > 1 && NF >= 3 { printf "%s/%s/%s/%s.png\n", base, $1, $2, $3 }' "$MS/tiles.csv" > "$RAW/urls/aumaq_xyz.txt"
for f in aumaq_tiles aumaq_gfi aumaq_xyz; do
  [ -s "$RAW/urls/$f.txt" ] || die "empty URL list $RAW/urls/$f.txt"
done
[ "$(wc -l < "$RAW/urls/aumaq_xyz.txt")" = "$(wc -l < "$MS/urls.txt")" ] || die "tiles.csv and urls.txt differ in length"

# The first URL of every list must answer 200 with the right type, or we stop here: wrk would
# happily hammer an error page for 20 s and report a great number.
preflight() {  # name list content-type
  local url out code ctype
  url=$(head -n 1 "$2")
  out=$(curl -s -o "$RAW/$1.first" -w '%{http_code} %{content_type}' --max-time 30 "$url") \
    || die "$1: no answer from $url"
  code=${out%% *}
  ctype=${out#* }
  if [ "$code" != 200 ] || [[ "$ctype" != "$3"* ]]; then
    echo "run.sh: $1: $url" >&2
    echo "run.sh: answered HTTP $code, Content-Type '$ctype'; expected 200 $3. Body starts:" >&2
    head -c 400 "$RAW/$1.first" >&2; echo >&2
    die "$1 is not serving; nothing measured"
  fi
  echo "preflight ok: $1 ($code $ctype)"
}
if want_ms; then
  preflight mapserver_tiles "$MS/urls.txt" image/png
  preflight mapserver_gfi "$MS/gfi_urls.txt" application/json
fi
if want_ours; then
  preflight aumaq_tiles "$RAW/urls/aumaq_tiles.txt" image/png
  preflight aumaq_xyz "$RAW/urls/aumaq_xyz.txt" image/png
  preflight aumaq_gfi "$RAW/urls/aumaq_gfi.txt" application/json
fi

# --- measuring ---
busy_jiffies() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
wait_quiet() {  # the box may be shared: wait (at most QUIET_WAIT s) for 3 s at >= 90% idle
  local tck n waited=0 quiet=0 b0 b1
  tck=$(getconf CLK_TCK); n=$(nproc)
  while [ "$waited" -lt "${QUIET_WAIT:-60}" ]; do
    b0=$(busy_jiffies); sleep 1; b1=$(busy_jiffies)
    if [ $(( (b1 - b0) * 100 )) -le $(( n * tck * 10 )) ]; then
      quiet=$((quiet + 1)); [ "$quiet" -ge 3 ] && return 0
    else
      quiet=0
    fi
    waited=$((waited + 1))
  done
  echo "warning: machine not quiet after ${QUIET_WAIT:-60} s, measuring anyway" | tee -a "$RAW/notes.txt"
}
declare -A RESULT
measure() {  # name base-url list content-type
  wait_quiet
  echo "measuring $1 ($DURATION)"
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$MS/cycle.lua" "$2" -- "$3" "$4" "$THREADS" \
    > "$RAW/$1.txt" 2>&1 || die "wrk failed for $1; see $RAW/$1.txt"
  RESULT[$1]=$(grep '^RESULT' "$RAW/$1.txt" | sed 's/^RESULT //') || die "no RESULT line in $RAW/$1.txt"
  echo "  ${RESULT[$1]}"
}
warm() {  # base-url list content-type: JIT, page cache, first parse; not recorded
  wrk -t"$THREADS" -c"$CONNS" -d"${4:-$WARMUP}" -s "$MS/cycle.lua" "$1" -- "$2" "$3" "$THREADS" > /dev/null 2>&1 || true
}
field() {  # key result-line
  tr ' ' '\n' <<< "$2" | awk -F= -v k="$1" '$1 == k { print $2 }'
}

if want_ms; then warm "$MS_URL" "$MS/urls.txt" image/png; fi
if want_ours; then
  warm "$OUR_URL" "$RAW/urls/aumaq_tiles.txt" image/png "$AUMAQ_WARMUP"
  warm "$OUR_URL" "$RAW/urls/aumaq_gfi.txt" application/json
  echo "warming the tile cache: one pass over $(wc -l < "$RAW/urls/aumaq_xyz.txt") XYZ tiles"
  bad=$(while read -r url; do curl -s -o /dev/null --max-time 30 -w '%{http_code}\n' "$url"; done < "$RAW/urls/aumaq_xyz.txt" \
    | grep -vc '^200$' || true)
  [ "$bad" = 0 ] || die "$bad XYZ tiles did not answer 200 during the warm-up pass"
fi

# alternating servers, the same sequence as the shared anchor
if want_ms; then measure mapserver_tiles "$MS_URL" "$MS/urls.txt" image/png; fi
if want_ours; then measure aumaq_tiles "$OUR_URL" "$RAW/urls/aumaq_tiles.txt" image/png; fi
if want_ours; then measure aumaq_xyz_cached "$OUR_URL" "$RAW/urls/aumaq_xyz.txt" image/png; fi
if want_ms; then measure mapserver_gfi "$MS_URL" "$MS/gfi_urls.txt" application/json; fi
if want_ours; then measure aumaq_gfi "$OUR_URL" "$RAW/urls/aumaq_gfi.txt" application/json; fi

# --- report ---
row() {  # label name
  local r=${RESULT[$2]:-}
  if [ -z "$r" ]; then printf '| %s | – | – | – | – |\n' "$1"; return; fi
  local errors=$(( $(field bad_status "$r") + $(field bad_content_type "$r") + $(field socket_errors "$r") ))
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(field req_per_s "$r")" "$(field p50_ms "$r")" "$(field p99_ms "$r")" "$errors"
}
ratio() {  # label ours theirs target
  local a=${RESULT[$2]:-} b=${RESULT[$3]:-}
  if [ -z "$a" ] || [ -z "$b" ]; then printf '| %s | – | ≥ %s× | – |\n' "$1" "$4"; return; fi
  awk -v l="$1" -v x="$(field req_per_s "$a")" -v y="$(field req_per_s "$b")" -v t="$4" \
    'BEGIN { r = x / y; printf "| %s | %.2f× | ≥ %s× | %s |\n", l, r, t, (r >= t ? "met" : "NOT met") }'
}
{
  echo "# WMS benchmark $STAMP: Aumaq vs MapServer"
  echo
  echo "- $(date -u -Is), host $(hostname), nproc $(nproc), cpu '$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')', load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Aumaq: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?')), $(java -version 2>&1 | head -n 1)${ONLY:+; ONLY=$ONLY}"
  want_ms && echo "- MapServer: $(/usr/lib/cgi-bin/mapserv -v | head -n 1 | sed "s/ OUTPUT=.*//"), 2 FastCGI workers behind nginx (shared start.sh)"
  echo "- wrk -t$THREADS -c$CONNS -d$DURATION --latency, shared cycle.lua; data geokz 2024 (A. Rodionov, CC BY 4.0)"
  echo "- Aumaq STYLES=${AUMAQ_STYLES:-(empty)}, XYZ layer $AUMAQ_TILE_LAYER; raw outputs in results/raw/$STAMP/"
  [ -f "$RAW/notes.txt" ] && sed 's/^/- /' "$RAW/notes.txt"
  echo
  echo "| test | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|"
  row "MapServer GetMap tiles (500 tiles, z4–z9, EPSG:3857)" mapserver_tiles
  row "Aumaq GetMap tiles, uncached (same URLs)" aumaq_tiles
  row "Aumaq XYZ tiles, cached (same tiles)" aumaq_xyz_cached
  row "MapServer GetFeatureInfo (12 points, application/json)" mapserver_gfi
  row "Aumaq GetFeatureInfo (same points)" aumaq_gfi
  echo
  echo "| ratio (req/s) | ours / MapServer | target | |"
  echo "|---|---|---|---|"
  ratio "uncached tiles" aumaq_tiles mapserver_tiles 2
  ratio "cached XYZ vs MapServer uncached tiles" aumaq_xyz_cached mapserver_tiles 20
  ratio "GetFeatureInfo" aumaq_gfi mapserver_gfi 2
} > "$REPORT"
echo
cat "$REPORT"
echo
echo "report: $REPORT"
