#!/usr/bin/env bash
# The service load test of docs/BENCHMARKS.md: `claimcheck serve`, then LanguageTool's own HTTP server, each on
# loopback, driven one after the other by the same load driver (src/jmh/java/dev/claimcheck/load/LoadDriver.java,
# JDK only, run from source) with the seed article and the PolNeAR train articles as request bodies.
#
#   bench/service-load.sh                         # 20,000 ClaimCheck requests, 2,000 LanguageTool requests, 16 concurrent
#   CC_REQUESTS=5000 LT_REQUESTS=500 bench/service-load.sh
#   TARGETS=claimcheck bench/service-load.sh      # one server only (claimcheck or languagetool)
#
# Needs target/claimcheck.jar (mvn -B -DskipTests package) and, for LanguageTool, bench/languagetool/lib
# (cd bench/languagetool && mvn -B dependency:copy-dependencies -DoutputDirectory=lib). Results (driver output,
# JSON lines, server logs) go to $OUT. Every server this script starts is stopped by its own PID when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

CC_REQUESTS=${CC_REQUESTS:-20000}
CC_WARMUP=${CC_WARMUP:-1000}
LT_REQUESTS=${LT_REQUESTS:-2000}
LT_WARMUP=${LT_WARMUP:-100}
CONCURRENCY=${CONCURRENCY:-16}
MAX_SECONDS=${MAX_SECONDS:-1200}
CC_PORT=${CC_PORT:-18082}
LT_PORT=${LT_PORT:-8099}
TARGETS=${TARGETS:-"claimcheck languagetool"}
OUT=${OUT:-target/service-load}
SEED=${SEED:-../shared/seed}
POLNEAR=${POLNEAR:-../shared/polnear/train/text}
CC_JAVA_OPTS=${CC_JAVA_OPTS:-}
LT_JAVA_OPTS=${LT_JAVA_OPTS:-}
mkdir -p "$OUT"

DRIVER=src/jmh/java/dev/claimcheck/load/LoadDriver.java
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

wait_for() {   # URL, seconds
  for _ in $(seq 1 "$2"); do
    if curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "no answer from $1 after $2 s" >&2
  return 1
}

drive() {   # target, url, requests, warm-up, name
  echo "== $5: $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java "$DRIVER" --target "$1" --url "$2" --articles "$SEED" --articles "$POLNEAR" \
       --requests "$3" --warmup "$4" --concurrency "$CONCURRENCY" --max-seconds "$MAX_SECONDS" \
       --server-pid "$server_pid" --json "$OUT/$5.json" | tee "$OUT/$5.txt" || status=1   # errors or time limit: go on
}
status=0

for target in $TARGETS; do
  case "$target" in
    claimcheck)
      # shellcheck disable=SC2086
      java $CC_JAVA_OPTS -jar target/claimcheck.jar serve --port "$CC_PORT" > "$OUT/claimcheck-serve.log" 2>&1 &
      server_pid=$!
      wait_for "http://127.0.0.1:$CC_PORT/health" 60
      drive claimcheck "http://127.0.0.1:$CC_PORT/v1/check" "$CC_REQUESTS" "$CC_WARMUP" claimcheck
      curl -fsS "http://127.0.0.1:$CC_PORT/metrics" | grep -E '^claimcheck_(http_requests_total|articles_checked_total)' > "$OUT/claimcheck-metrics.txt" || true
      stop_server
      ;;
    languagetool)
      (cd bench/languagetool
       # shellcheck disable=SC2086
       exec java $LT_JAVA_OPTS -cp "lib/*" org.languagetool.server.HTTPServer --config server.properties --port "$LT_PORT") \
         > "$OUT/languagetool-serve.log" 2>&1 &
      server_pid=$!
      wait_for "http://127.0.0.1:$LT_PORT/v2/languages" 120
      drive languagetool "http://127.0.0.1:$LT_PORT/v2/check" "$LT_REQUESTS" "$LT_WARMUP" languagetool
      stop_server
      ;;
    *) echo "unknown target $target (claimcheck or languagetool)" >&2; exit 2 ;;
  esac
done
exit "$status"
