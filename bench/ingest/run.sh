#!/usr/bin/env bash
# Ingest benchmark: our CLI (java -jar server/target/aumaq-server.jar ingest …) against ogr2ogr
# (Debian gdal-bin) loading the same files, in ONE run on the same machine:
#   1. the 224 geokz 2024 districts (after the 20 regions, which are loaded first and not timed),
#      ours into H2GIS (fresh data dir) and into PostGIS (a fresh schema), ogr2ogr into PostGIS
#      (a fresh schema in the same database);
#   2. 100,000 points from a CSV generated here. Our `--target layer` does not exist yet, so ours
#      is timed as a dry run (read + checks, nothing written) and marked so in the table.
# Not part of CI; no test depends on it. See bench/ingest/README.md.
#
# Usage: bench/ingest/run.sh
# Env:   PG_HOST (localhost) PG_PORT (5432) PG_DB (aumaq) PG_USER (aumaq) PG_PASSWORD (aumaq)
#        SHARED (<checkout>/../shared)  POINTS (100000)  JAVA_OPTS
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
GEOKZ=$SHARED/data/geokz
JAR=$ROOT/server/target/aumaq-server.jar
PG_HOST=${PG_HOST:-localhost}; PG_PORT=${PG_PORT:-5432}; PG_DB=${PG_DB:-aumaq}
PG_USER=${PG_USER:-aumaq}; PG_PASSWORD=${PG_PASSWORD:-aumaq}
POINTS=${POINTS:-100000}
STAMP=$(date -u +%Y%m%d-%H%M%S)
SUFFIX=$(date -u +%s)
WORK=$(mktemp -d /tmp/aumaq-ingest-bench.XXXXXX)
REPORT=$HERE/results/$STAMP.md
JDBC="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
PG="PG:host=$PG_HOST port=$PG_PORT dbname=$PG_DB user=$PG_USER password=$PG_PASSWORD"
OURS_SCHEMA=bench_ours_$SUFFIX
OGR_SCHEMA=bench_ogr_$SUFFIX

die() { echo "run.sh: $*" >&2; exit 1; }
[ -f "$JAR" ] || die "build the jar first: ./mvnw -B -o package -pl server -am -DskipTests"
[ -f "$GEOKZ/kaz_admbnda_adm2_2024.shp" ] || die "geokz files not found in $GEOKZ"
command -v ogr2ogr >/dev/null || die "ogr2ogr missing: apt-get install gdal-bin"
command -v psql >/dev/null || die "psql missing: apt-get install postgresql-client"
export PGPASSWORD=$PG_PASSWORD
psql() { command psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -v ON_ERROR_STOP=1 "$@"; }
psql -c "SELECT 1" >/dev/null || die "PostGIS not reachable at $JDBC"

cleanup() {
  psql -c "DROP SCHEMA IF EXISTS $OURS_SCHEMA CASCADE; DROP SCHEMA IF EXISTS $OGR_SCHEMA CASCADE" >/dev/null 2>&1 || true
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
ours_pg() {
  ours --aumaq.data-dir="$WORK/pg" --spring.profiles.active=postgis \
    --spring.datasource.url="$JDBC?currentSchema=$OURS_SCHEMA,public" \
    --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD" \
    --spring.flyway.schemas="$OURS_SCHEMA" --spring.flyway.default-schema="$OURS_SCHEMA" "$@"
}
regions=(--target units --level region --valid-from 2024-01-01 --file "$GEOKZ/kaz_admbnda_adm1_2024.shp")
districts=(--target units --level district --valid-from 2024-01-01 --file "$GEOKZ/kaz_admbnda_adm2_2024.shp")

echo "Preparing: regions into H2GIS and PostGIS (not timed), $POINTS points CSV…"
ours_h2 "${regions[@]}" >"$WORK/h2-regions.log" 2>&1 || { cat "$WORK/h2-regions.log"; die "regions into H2GIS failed"; }
psql -c "CREATE SCHEMA $OURS_SCHEMA; CREATE SCHEMA $OGR_SCHEMA"
ours_pg "${regions[@]}" >"$WORK/pg-regions.log" 2>&1 || { cat "$WORK/pg-regions.log"; die "regions into PostGIS failed"; }
# Points spread over Kazakhstan's extent, deterministic.
awk -v n="$POINTS" 'BEGIN { srand(42); print "id,name,lon,lat";
  for (i = 1; i <= n; i++) printf "%d,point %d,%.6f,%.6f\n", i, i, 46.5 + rand() * 40.5, 40.6 + rand() * 14.8 }' >"$WORK/points.csv"

echo "Timing…"
T_OGR_D=$(timed ogr-districts ogr2ogr -f PostgreSQL "$PG active_schema=$OGR_SCHEMA" "$GEOKZ/kaz_admbnda_adm2_2024.shp" \
  -nln districts -nlt PROMOTE_TO_MULTI -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=GIST -t_srs EPSG:4326)
T_OURS_H2_D=$(timed ours-h2-districts ours_h2 "${districts[@]}")
T_OURS_PG_D=$(timed ours-pg-districts ours_pg "${districts[@]}")
# The same file again: "unchanged" after start-up, checksum and one query — our fixed cost per run.
T_OURS_NOOP=$(timed ours-h2-again ours_h2 "${districts[@]}")
T_OGR_P=$(timed ogr-points ogr2ogr -f PostgreSQL "$PG active_schema=$OGR_SCHEMA" "$WORK/points.csv" -nln points \
  -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo AUTODETECT_TYPE=YES -a_srs EPSG:4326 -lco GEOMETRY_NAME=geom --config PG_USE_COPY YES)
# No --target layer yet: read + checks only. The units target refuses points without KATO codes, so
# the job ends "failed" (exit 1) after reading and checking every row; that is what is timed.
t0=$(date +%s.%N)
set +e; ours_h2 --target units --level settlement --file "$WORK/points.csv" --dry-run >"$WORK/ours-points.log" 2>&1; P_EXIT=$?; set -e
T_OURS_P=$(echo "$(date +%s.%N) - $t0" | bc -l | xargs printf '%.3f')
P_STATUS=$(grep -o 'Status: [a-z-]* — read [0-9]*' "$WORK/ours-points.log" | head -1 || true)
[ -n "$P_STATUS" ] || { cat "$WORK/ours-points.log"; die "our points run printed no status (exit $P_EXIT)"; }

# Check that both sides really loaded the districts.
N_OGR=$(psql -At -c "SELECT count(*) FROM $OGR_SCHEMA.districts")
N_OURS=$(psql -At -c "SELECT count(*) FROM $OURS_SCHEMA.admin_unit WHERE level = 'district'")
N_OGR_P=$(psql -At -c "SELECT count(*) FROM $OGR_SCHEMA.points")
H2_STATUS=$(grep -o 'Status: [a-z-]* — read [0-9]*, inserted [0-9]*' "$WORK/ours-h2-districts.log" | head -1)
PG_STATUS=$(grep -o 'Status: [a-z-]* — read [0-9]*, inserted [0-9]*' "$WORK/ours-pg-districts.log" | head -1)

ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
{
  echo "# Ingest benchmark $STAMP"
  echo
  echo "Machine: $(nproc) CPU(s), $(uname -r); $(java -version 2>&1 | head -1); $(ogr2ogr --version)"
  echo "Wall-clock seconds of one run each, whole process (ours includes JVM start, Spring context and Flyway validation)."
  echo
  echo "| case | ogr2ogr → PostGIS | ours → H2GIS | ours → PostGIS | ours/ogr2ogr (PostGIS) |"
  echo "|---|---|---|---|---|"
  echo "| 224 districts (geokz 2024), after the regions | $T_OGR_D | $T_OURS_H2_D | $T_OURS_PG_D | $(ratio "$T_OURS_PG_D" "$T_OGR_D") |"
  echo "| $POINTS CSV points | $T_OGR_P (written) | $T_OURS_P (DRY RUN: read + checks only, nothing written) | — | not comparable: $(ratio "$T_OURS_P" "$T_OGR_P") (ours H2GIS dry run / ogr2ogr write) |"
  echo
  echo "Our fixed cost per run (JVM + Spring + database open; the districts again, answered \"unchanged\"): $T_OURS_NOOP s on H2GIS."
  echo
  echo "Rows: ogr2ogr districts $N_OGR, points $N_OGR_P; ours PostGIS districts $N_OURS."
  echo "Ours H2GIS districts: $H2_STATUS. Ours PostGIS districts: $PG_STATUS."
  echo "Ours points: $P_STATUS (exit $P_EXIT) — there is no --target layer yet, so our points are only read and checked"
  echo "by the units target (which refuses rows without KATO codes); a real layer load is not measured."
  echo
  echo "What each side does: ogr2ogr copies features and attributes as they are (plus a GiST index)."
  echo "Ours also checksums the file, detects the schema, repairs and checks geometries, finds parents,"
  echo "checks sibling overlaps/gaps and parent shares, versions the units and records the job, in one transaction."
} | tee "$REPORT"
echo
echo "Written: $REPORT"
