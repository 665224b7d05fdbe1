#!/usr/bin/env bash
# Where an uncached tile's time goes (render vs PNG encode), single thread, no HTTP, geokz data.
# Usage: bench/render/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${SHARED:-$(cd .. && pwd)/shared}
./mvnw -B -q -o -pl gis-layers,ingest -am install -DskipTests
./mvnw -B -q -o -pl ingest dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench-cp.txt"
cp="gis-layers/target/classes:ingest/target/classes:$(cat target/bench-cp.txt)"
java -cp "$cp" bench/render/RenderProfile.java "$shared/data/geokz" "$shared/bench/mapserver/tiles.csv" "${1:-3}"
