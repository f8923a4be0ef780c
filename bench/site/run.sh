#!/usr/bin/env bash
# Nearest-open search over 100,000 sites: p99 through HTTP (wrk) and of the bare SQL (pgbench),
# in one run against one database. Usage: bench/site/run.sh   (DURATION, CONNECTIONS, PORT to override)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-4}
PORT=${PORT:-18089}

if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null || ! command -v psql >/dev/null; then
  apt-get install -y wrk postgresql-client >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ] || ! ls target/gonghui-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/gonghui-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/gonghui-site-bench.XXXXXX)
echo "data and logs in $DATA"

GONGHUI_DATA_DIR=$DATA GONGHUI_DEMO=false GONGHUI_ADMIN_PASSWORD=Bench12345 \
  java -Xmx768m -jar "$JAR" --server.port=$PORT >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
  kill -0 $APP 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
  sleep 1
done
PGPORT=$(grep -oP 'Embedded PostgreSQL started on port \K[0-9]+' "$DATA/app.log" | head -1)
PSQL=(psql -X -q -h localhost -p "$PGPORT" -U postgres -d postgres)

echo "== generating 100,000 sites"
"${PSQL[@]}" -f bench/site/generate.sql

# the searched moment as the open-now condition takes it (see HoursColumns)
read -r DOW H M TODAY NOW < <(TZ=Asia/Shanghai date '+%u %-H %-M %F %FT%T')
YDOW=$(( (DOW + 5) % 7 + 1 ))
YESTERDAY=$(TZ=Asia/Shanghai date -d "$TODAY - 1 day" +%F)
TODAY_MINUTE=$(( (DOW - 1) * 2880 + H * 60 + M ))
YESTERDAY_MINUTE=$(( (YDOW - 1) * 2880 + 1440 + H * 60 + M ))

URL="http://localhost:$PORT"
echo "== one request"
curl -s -o "$DATA/one.json" "$URL/api/v1/public/sites?lat=30.593&lon=114.305&openNow=true&facilities=DRINKING_WATER&limit=20"
head -c 300 "$DATA/one.json"; echo
echo "== plan"
"${PSQL[@]}" -c "explain (analyze, buffers) select id from site.site where status = 'ACTIVE'
  and facilities @> cast('{DRINKING_WATER}' as text[])
  and ((not exception_days @> date '$TODAY' and weekly_minutes @> $TODAY_MINUTE)
    or (not exception_days @> date '$YESTERDAY' and weekly_minutes @> $YESTERDAY_MINUTE)
    or exception_open @> timestamp '$NOW')
  order by position <-> ll_to_earth(30.593, 114.305) limit 20"

echo "== warm-up (15 s)"
wrk -t2 -c"$CONNECTIONS" -d15s -s bench/site/nearest-open.lua "$URL" >/dev/null
echo "== HTTP: wrk -t2 -c$CONNECTIONS -d${DURATION}s --latency"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/site/nearest-open.lua "$URL" | tee "$DATA/wrk.txt"

echo "== SQL: pgbench -M prepared -c$CONNECTIONS -j2 -T$DURATION"
(cd "$DATA" && pgbench -n -M prepared -h localhost -p "$PGPORT" -U postgres -c "$CONNECTIONS" -j 2 -T "$DURATION" \
  -D today="$TODAY" -D yesterday="$YESTERDAY" -D todayminute="$TODAY_MINUTE" \
  -D yesterdayminute="$YESTERDAY_MINUTE" -D localnow="$NOW" \
  -f "$OLDPWD/bench/site/nearest-open.sql" -l --log-prefix=pgbench postgres | tee pgbench-summary.txt)
# per-transaction log: column 3 is the latency in microseconds
cat "$DATA"/pgbench.* 2>/dev/null | awk '{print $3}' | sort -n > "$DATA/sql-latencies.txt"
N=$(wc -l <"$DATA/sql-latencies.txt")
p() { sed -n "$(( (N * $1 + 99) / 100 ))p" "$DATA/sql-latencies.txt"; }
echo "SQL latency over $N queries: p50 $(p 50) us, p90 $(p 90) us, p99 $(p 99) us, max $(tail -1 "$DATA/sql-latencies.txt") us"
echo "== machine"
nproc; uptime; date -u
