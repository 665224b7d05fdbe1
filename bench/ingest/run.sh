#!/usr/bin/env bash
# Ingest benchmark: ours against ogr2ogr (Debian gdal-bin) loading the same files, in ONE run on the
# same machine, two ways:
#   A. the command line (java -jar server/target/aumaq-server.jar ingest …): a new JVM per file;
#   B. a running server (POST /api/ingest/jobs?wait=60, dryRun=false: one request that answers
#      when the job has committed), as the GIS team loads files: one H2GIS server, one PostGIS
#      server, started and warmed with files of the same kinds (untimed) before timing.
# Files: the 224 geokz 2024 districts (after the 20 regions, loaded first and not timed) as admin
# units (all checks) and as a plain layer (what ogr2ogr does: a copy), and 100,000 points from a
# CSV generated here, as a layer. ogr2ogr writes into PostGIS (a fresh schema per case). The layer
# cases are run RUNS times each side (median reported); a units load runs once (a second load of
# the same file is answered "unchanged").
# Not part of CI; no test depends on it. See bench/ingest/README.md.
#
# Usage: bench/ingest/run.sh
# Env:   PG_HOST (localhost) PG_PORT (5432) PG_DB (aumaq) PG_USER (aumaq) PG_PASSWORD (aumaq)
#        SHARED (<checkout>/../shared)  POINTS (100000)  RUNS (5)  JAVA_OPTS
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
GEOKZ=$SHARED/data/geokz
JAR=$ROOT/server/target/aumaq-server.jar
PG_HOST=${PG_HOST:-localhost}; PG_PORT=${PG_PORT:-5432}; PG_DB=${PG_DB:-aumaq}
PG_USER=${PG_USER:-aumaq}; PG_PASSWORD=${PG_PASSWORD:-aumaq}
POINTS=${POINTS:-100000}
RUNS=${RUNS:-5}
ADMIN_PASSWORD=bench-$(date +%s%N | sha256sum | cut -c1-16)
STAMP=$(date -u +%Y%m%d-%H%M%S)
SUFFIX=$(date -u +%s)
WORK=$(mktemp -d /tmp/aumaq-ingest-bench.XXXXXX)
REPORT=$HERE/results/$STAMP.md
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
PG="PG:host=$PG_HOST port=$PG_PORT dbname=$PG_DB user=$PG_USER password=$PG_PASSWORD"
OURS_SCHEMA=bench_ours_$SUFFIX
SRV_SCHEMA=bench_srv_$SUFFIX
OGR_SCHEMA=bench_ogr_$SUFFIX
PORT_H2=${PORT_H2:-18091}
PORT_PG=${PORT_PG:-18092}

die() { echo "run.sh: $*" >&2; exit 1; }
[ -f "$JAR" ] || die "build the jar first: ./mvnw -B -o package -pl server -am -DskipTests"
[ -f "$GEOKZ/kaz_admbnda_adm2_2024.shp" ] || die "geokz files not found in $GEOKZ"
command -v ogr2ogr >/dev/null || die "ogr2ogr missing: apt-get install gdal-bin"
command -v psql >/dev/null || die "psql missing: apt-get install postgresql-client"
export PGPASSWORD=$PG_PASSWORD
psql() { command psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 "$@"; }
psql -c "SELECT 1" >/dev/null || die "PostGIS not reachable at $JDBC"

SERVERS=()
cleanup() {
  for p in "${SERVERS[@]}"; do kill "$p" 2>/dev/null || true; done
  psql -c "DROP SCHEMA IF EXISTS $OURS_SCHEMA CASCADE; DROP SCHEMA IF EXISTS $SRV_SCHEMA CASCADE; DROP SCHEMA IF EXISTS $OGR_SCHEMA CASCADE" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Seconds (3 decimals) of one command; its output goes to $WORK/<name>.log; fails the run when it fails.
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$WORK/$name.log" 2>&1 || { cat "$WORK/$name.log" >&2; die "$name failed (exit $?)"; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l | xargs printf '%.3f'
}
ours() { java ${JAVA_OPTS:-} -jar "$JAR" ingest "$@"; }
ours_h2() { ours --aumaq.data-dir="$WORK/h2" "$@"; }
pg_args() {
  echo --spring.profiles.active=postgis --spring.datasource.url="$JDBC?currentSchema=$1,public" \
    --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD" \
    --spring.flyway.schemas="$1" --spring.flyway.default-schema="$1"
}
ours_pg() { ours --aumaq.data-dir="$WORK/pg" $(pg_args "$OURS_SCHEMA") "$@"; }

# A server of ours, demo territory off, its administrator's password ours; waits for health.
serve() {
  local port=$1; shift
  AUMAQ_ADMIN_PASSWORD=$ADMIN_PASSWORD java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$port" --aumaq.demo.enabled=false "$@" \
    >"$WORK/server-$port.log" 2>&1 &
  SERVERS+=($!)
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$WORK/server-$port.log" >&2; die "server on $port did not start"
}
# Uploads a file as a committing job, in one request that answers when the job has ended (wait=60);
# prints the job's status.
upload() {
  local port=$1 file=$2; shift 2
  local args=() answer
  for kv in "$@"; do args+=(-F "$kv"); done
  answer=$(curl -s -u "admin:$ADMIN_PASSWORD" -F "file=@$file" -F dryRun=false -F wait=60 "${args[@]}" \
    "http://localhost:$port/api/ingest/jobs") || die "upload of $file to $port failed"
  echo "$answer" | grep -o '"status":"[a-z-]*"' | head -1 | cut -d'"' -f4
}
# Seconds of one upload; fails the run unless the job committed.
timed_upload() {
  local name=$1; shift
  local t0 t1 status
  t0=$(date +%s.%N)
  status=$(upload "$@")
  t1=$(date +%s.%N)
  [ "$status" = committed ] || die "$name ended '$status', not committed"
  echo "$t1 - $t0" | bc -l | xargs printf '%.3f'
}
# The median of the arguments.
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
regions=(--target units --level region --valid-from 2024-01-01 --file "$GEOKZ/kaz_admbnda_adm1_2024.shp")
districts=(--target units --level district --valid-from 2024-01-01 --file "$GEOKZ/kaz_admbnda_adm2_2024.shp")

echo "Preparing: regions into H2GIS and PostGIS (not timed), $POINTS points CSV…"
ours_h2 "${regions[@]}" >"$WORK/h2-regions.log" 2>&1 || { cat "$WORK/h2-regions.log"; die "regions into H2GIS failed"; }
psql -c "CREATE SCHEMA $OURS_SCHEMA; CREATE SCHEMA $SRV_SCHEMA; CREATE SCHEMA $OGR_SCHEMA"
ours_pg "${regions[@]}" >"$WORK/pg-regions.log" 2>&1 || { cat "$WORK/pg-regions.log"; die "regions into PostGIS failed"; }
# Points spread over Kazakhstan's extent, deterministic.
awk -v n="$POINTS" 'BEGIN { srand(42); print "id,name,lon,lat";
  for (i = 1; i <= n; i++) printf "%d,point %d,%.6f,%.6f\n", i, i, 46.5 + rand() * 40.5, 40.6 + rand() * 14.8 }' >"$WORK/points.csv"
# Other points for the warm-up: a server that has been running has loaded files like these before.
awk 'BEGIN { srand(7); print "id,name,lon,lat";
  for (i = 1; i <= 20000; i++) printf "%d,warm %d,%.6f,%.6f\n", i, i, 46.5 + rand() * 40.5, 40.6 + rand() * 14.8 }' >"$WORK/warm.csv"
(cd "$GEOKZ" && zip -qj "$WORK/regions.zip" kaz_admbnda_adm1_2024.* && zip -qj "$WORK/districts.zip" kaz_admbnda_adm2_2024.* \
  && zip -qj "$WORK/districts2018.zip" kaz_admbnda_adm2_2018.*)
serve "$PORT_H2" --aumaq.data-dir="$WORK/srv-h2"
serve "$PORT_PG" --aumaq.data-dir="$WORK/srv-pg" $(pg_args "$SRV_SCHEMA")
for port in "$PORT_H2" "$PORT_PG"; do
  [ "$(upload "$port" "$WORK/regions.zip" target=units level=region validFrom=2024-01-01)" = committed ] || die "regions into $port failed"
  # Warm-up (untimed), three rounds, so the timed loads meet code the JIT has compiled: units
  # checked without writing (dry runs) — the 2018 districts (under the 2024 regions its report has
  # errors, which is fine here) and the 2024 districts, as the GIS team checks a file before
  # loading it (the timed load then checks it all again: a new upload reuses nothing) — and layers
  # of the 2018 districts and of other points.
  for w in 1 2 3; do
    for edition in 2018 ""; do
      curl -s -u "admin:$ADMIN_PASSWORD" -F "file=@$WORK/districts$edition.zip" -F dryRun=true -F wait=60 -F target=units \
        -F level=district -F validFrom="${edition:-2024}-01-01" "http://localhost:$port/api/ingest/jobs" | grep -q '"findings"' \
        || die "warm-up dry run on $port gave no report"
    done
    [ "$(upload "$port" "$WORK/districts2018.zip" target=layer layer=warmup$w)" = committed ] || die "warm-up on $port failed"
    [ "$(upload "$port" "$WORK/warm.csv" target=layer layer=warmpoints$w)" = committed ] || die "warm-up on $port failed"
  done
done

echo "Timing…"
T_OGR_D=$(timed ogr-districts ogr2ogr -f PostgreSQL "$PG active_schema=$OGR_SCHEMA" "$GEOKZ/kaz_admbnda_adm2_2024.shp" \
  -nln districts -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -t_srs EPSG:4326)
T_OURS_H2_D=$(timed ours-h2-districts ours_h2 "${districts[@]}")
T_OURS_PG_D=$(timed ours-pg-districts ours_pg "${districts[@]}")
# The same file again: "unchanged" after start-up, checksum and one query — our fixed cost per run.
T_OURS_NOOP=$(timed ours-h2-again ours_h2 "${districts[@]}")
ogr_points() {
  ogr2ogr -f PostgreSQL "$PG active_schema=$OGR_SCHEMA" "$WORK/points.csv" -nln "$1" -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat \
    -oo AUTODETECT_TYPE=YES -a_srs EPSG:4326 -lco GEOMETRY_NAME=geom --config PG_USE_COPY YES
}
ogr_districts() {
  ogr2ogr -f PostgreSQL "$PG active_schema=$OGR_SCHEMA" "$GEOKZ/kaz_admbnda_adm2_2024.shp" -nln "$1" -nlt PROMOTE_TO_MULTI \
    -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -t_srs EPSG:4326
}
T_OURS_H2_P=$(timed ours-h2-points ours_h2 --target layer --layer points --file "$WORK/points.csv")
T_OURS_PG_P=$(timed ours-pg-points ours_pg --target layer --layer points --file "$WORK/points.csv")
# In the running servers: units once; the layer cases RUNS times each, ogr2ogr's runs in between
# (new layer names each time, so nothing is answered "unchanged").
S_H2_D=$(timed_upload srv-h2-districts "$PORT_H2" "$WORK/districts.zip" target=units level=district validFrom=2024-01-01)
S_PG_D=$(timed_upload srv-pg-districts "$PORT_PG" "$WORK/districts.zip" target=units level=district validFrom=2024-01-01)
OGR_DL=(); OGR_P=(); H2_DL=(); PG_DL=(); H2_P=(); PG_P=()
for r in $(seq 1 "$RUNS"); do
  OGR_DL+=("$(timed ogr-districts-$r ogr_districts "districts$r")")
  H2_DL+=("$(timed_upload srv-h2-districts-layer-$r "$PORT_H2" "$WORK/districts.zip" target=layer layer=districts$r)")
  PG_DL+=("$(timed_upload srv-pg-districts-layer-$r "$PORT_PG" "$WORK/districts.zip" target=layer layer=districts$r)")
  OGR_P+=("$(timed ogr-points-$r ogr_points "points$r")")
  H2_P+=("$(timed_upload srv-h2-points-$r "$PORT_H2" "$WORK/points.csv" target=layer layer=points$r)")
  PG_P+=("$(timed_upload srv-pg-points-$r "$PORT_PG" "$WORK/points.csv" target=layer layer=points$r)")
done
T_OGR_DL=$(median "${OGR_DL[@]}"); S_H2_DL=$(median "${H2_DL[@]}"); S_PG_DL=$(median "${PG_DL[@]}")
T_OGR_P=$(median "${OGR_P[@]}"); S_H2_P=$(median "${H2_P[@]}"); S_PG_P=$(median "${PG_P[@]}")

# Check that both sides really loaded the districts.
N_OGR=$(psql -At -c "SELECT count(*) FROM $OGR_SCHEMA.districts")
N_OURS=$(psql -At -c "SELECT count(*) FROM $OURS_SCHEMA.admin_unit WHERE level = 'district'")
N_OGR_P=$(psql -At -c "SELECT count(*) FROM $OGR_SCHEMA.points1")
N_OURS_P=$(psql -At -c "SELECT count(*) FROM $OURS_SCHEMA.layer_feature WHERE layer_name = 'points'")
N_SRV_P=$(psql -At -c "SELECT count(*) FROM $SRV_SCHEMA.layer_feature WHERE layer_name = 'points1'")
N_SRV_D=$(psql -At -c "SELECT count(*) FROM $SRV_SCHEMA.admin_unit WHERE level = 'district'")
H2_STATUS=$(grep -o 'Status: [a-z-]* — read [0-9]*, inserted [0-9]*' "$WORK/ours-h2-districts.log" | head -1)
PG_STATUS=$(grep -o 'Status: [a-z-]* — read [0-9]*, inserted [0-9]*' "$WORK/ours-pg-districts.log" | head -1)

ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
{
  echo "# Ingest benchmark $STAMP"
  echo
  echo "Machine: $(nproc) CPU(s), $(uname -r); $(java -version 2>&1 | head -1); $(ogr2ogr --version)"
  echo "Wall-clock seconds. ogr2ogr always writes into PostGIS (its whole process). Layer cases in a running"
  echo "server: the median of $RUNS runs each side (ogr2ogr: ${OGR_DL[*]} / ${OGR_P[*]}; ours PostGIS: ${PG_DL[*]} / ${PG_P[*]});"
  echo "everything else one run."
  echo
  echo "## A running server (one POST /api/ingest/jobs?wait=60 that answers when the job has committed)"
  echo
  echo "| case | ogr2ogr → PostGIS | ours → H2GIS | ours → PostGIS | ours/ogr2ogr (PostGIS) |"
  echo "|---|---|---|---|---|"
  echo "| 224 districts as a layer (a copy, as ogr2ogr) | $T_OGR_DL | $S_H2_DL | $S_PG_DL | $(ratio "$S_PG_DL" "$T_OGR_DL") |"
  echo "| $POINTS CSV points as a layer | $T_OGR_P | $S_H2_P | $S_PG_P | $(ratio "$S_PG_P" "$T_OGR_P") |"
  echo "| 224 districts as admin units (all checks, versioning) | $T_OGR_DL | $S_H2_D | $S_PG_D | $(ratio "$S_PG_D" "$T_OGR_DL") |"
  echo
  echo "## The command line (a new JVM per file: Spring context, database open, Flyway validation)"
  echo
  echo "| case | ogr2ogr → PostGIS | ours → H2GIS | ours → PostGIS | ours/ogr2ogr (PostGIS) |"
  echo "|---|---|---|---|---|"
  echo "| 224 districts as admin units | $T_OGR_D | $T_OURS_H2_D | $T_OURS_PG_D | $(ratio "$T_OURS_PG_D" "$T_OGR_D") |"
  echo "| $POINTS CSV points as a layer | $T_OGR_P | $T_OURS_H2_P | $T_OURS_PG_P | $(ratio "$T_OURS_PG_P" "$T_OGR_P") |"
  echo
  echo "Command line fixed cost per run (the districts again, answered \"unchanged\"): $T_OURS_NOOP s on H2GIS."
  echo
  echo "Rows: ogr2ogr districts $N_OGR, points $N_OGR_P; ours PostGIS command line districts $N_OURS, points $N_OURS_P;"
  echo "ours PostGIS server districts $N_SRV_D, points $N_SRV_P."
  echo "Command line districts: H2GIS $H2_STATUS; PostGIS $PG_STATUS."
  echo
  echo "What each side does: ogr2ogr copies features and attributes as they are (plus a GiST index)."
  echo "Ours also checksums the file and records the job; a layer load checks and repairs geometries and"
  echo "lists unnamed features; a units load also detects the schema, finds parents, checks sibling"
  echo "overlaps/gaps and parent shares and versions the units, all in one transaction."
} | tee "$REPORT"
echo
echo "Written: $REPORT"
