#!/usr/bin/env bash
# Public gig search over POSTS generated posts: p50/p99 through HTTP (wrk --latency) on CONNECTIONS
# connections. Usage: bench/gig/run.sh   (POSTS, DURATION, WARMUP, CONNECTIONS, PORT, SKIP_BUILD to override)
set -euo pipefail
cd "$(dirname "$0")/../.."
POSTS=${POSTS:-100000}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18090}

if ! command -v wrk >/dev/null || ! command -v psql >/dev/null; then
  apt-get install -y wrk postgresql-client >/dev/null
fi
if [ -z "${SKIP_BUILD:-}" ] || ! ls target/gonghui-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -DskipTests package
fi
mkdir -p bench/out
CP_FILE=bench/out/classpath.txt
[ -s "$CP_FILE" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
JAR=$(ls target/gonghui-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/gonghui-gig-bench.XXXXXX)
echo "data and logs in $DATA"

# the job kinds with their text segmented by the platform's ChineseSegmenter, as SQL
java -cp "$(cat $CP_FILE):target/classes" bench/gig/Kinds.java >"$DATA/kinds.sql"
TSQUERY=$(java -cp "$(cat $CP_FILE):target/classes" bench/gig/Kinds.java query 水暖工)
TSQUERY_SQL=${TSQUERY//\'/\'\'}

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

echo "== generating $POSTS posts"
"${PSQL[@]}" -v posts="$POSTS" -f "$DATA/kinds.sql" -f bench/gig/generate.sql

FROM=$(TZ=Asia/Shanghai date +%F)
TO=$(TZ=Asia/Shanghai date -d "$FROM + 7 days" +%F)
export FROM TO
URL="http://localhost:$PORT"
echo "== plan (水暖工 → $TSQUERY, a point at the centre, 10 km, the next 7 days: the page query as the application sends it)"
# the latitude/longitude box PostRepository.Area gives for 10 km around (32.04, 112.14)
"${PSQL[@]}" -c "explain (analyze, buffers) select p.id, count(*) over () as matches from gig.post p
  where p.status = 'OPEN' and (p.expires_at is null or p.expires_at > now()) and p.work_date >= date '$FROM'
  and not exists (select 1 from gig.employer_block b where b.employer_account_id = p.employer_account_id)
  and p.search_text @@ to_tsquery('simple', '$TSQUERY_SQL') and p.hourly_equivalent_fen >= 2600
  and p.work_date >= date '$FROM' and p.work_date <= date '$TO'
  and p.lat between 31.950168 and 32.129832 and p.lon between 112.034026 and 112.245974
  and earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth(32.04, 112.14)) <= 10000
  order by ts_rank(p.search_text, to_tsquery('simple', '$TSQUERY_SQL')) desc, p.work_date, p.id desc limit 20"
echo "== one request"
curl -s -o "$DATA/one.json" \
  "$URL/api/v1/public/gig/posts?q=%E6%B0%B4%E6%9A%96%E5%B7%A5&lat=32.04&lon=112.14&km=10&from=$FROM&to=$TO&minPayFen=2600&size=20"
head -c 300 "$DATA/one.json"; echo

echo "== warm-up (${WARMUP} s)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s bench/gig/search.lua "$URL" >/dev/null
echo "== HTTP: wrk -t2 -c$CONNECTIONS -d${DURATION}s --timeout 10s --latency"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/gig/search.lua "$URL" | tee "$DATA/wrk.txt"
P50=$(awk '$1 == "50%" {print $2}' "$DATA/wrk.txt")
P99=$(awk '$1 == "99%" {print $2}' "$DATA/wrk.txt")
TIMEOUTS=$(grep -oP 'timeout \K[0-9]+' "$DATA/wrk.txt" || echo 0)
# wrk leaves requests over its timeout out of the distribution: a run with any is not a valid p99
echo "gig search over $POSTS posts, $CONNECTIONS connections: p50 $P50, p99 $P99 (timeouts over 10 s: $TIMEOUTS)"
echo "== machine"
nproc; uptime; date -u
