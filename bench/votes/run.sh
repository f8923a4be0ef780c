#!/usr/bin/env bash
# Vote benchmark: sustained accepted votes per second through HTTP (wrk) with voter tokens
# already issued, then the exact-count check against the database, then the raw database
# insert rate of equivalent rows (pgbench) on the same embedded PostgreSQL in the same run.
# Loopback only; every loop is bounded by DURATION. Usage: bench/votes/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

VOTE_SECONDS=${VOTE_SECONDS:-30}
WARMUP_SECONDS=${WARMUP_SECONDS:-15}
TAIL_SECONDS=${TAIL_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
VOTERS=${VOTERS:-400000}
WARM_VOTERS=${WARM_VOTERS:-100000}
PORT=${PORT:-18088}
WORK=${WORK:-/tmp/gonghui-bench-votes}

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2"; }; }
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client

if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/gonghui-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -o -DskipTests package || ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/gonghui-*.jar | grep -v original | head -1)

rm -rf "$WORK" && mkdir -p "$WORK"
java -Xms1g -Xmx2g -jar "$JAR" --server.port="$PORT" --gonghui.demo=false \
  --gonghui.embedded-db.data-directory="$WORK/pg" --gonghui.crypto.dev-key-file="$WORK/dev-crypto.keys" \
  --gonghui.voting.bench.token-file="$WORK/tokens" --gonghui.voting.bench.voters="$VOTERS" \
  --gonghui.voting.ip-votes-per-second=1000000000 --gonghui.voting.ip-vote-burst=1000000000 \
  --logging.level.org.gonghui=INFO >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
  [ -f "$WORK/tokens" ] && break
  kill -0 "$APP" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
[ -f "$WORK/tokens" ] || { echo "no tokens after 600 s"; exit 1; }
ROUND=$(cat "$WORK/tokens.round")
PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$WORK/app.log" | awk '{print $NF}' | head -1)
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
sql() { psql -qtAX -c "$1"; }

echo "== $(date -u '+%Y-%m-%d %H:%M:%S') UTC, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== round $ROUND, $VOTERS tokens; warm-up ${WARMUP_SECONDS}s with tokens [0, $WARM_VOTERS)"
TOKENS="$WORK/tokens" ROUND="$ROUND" THREADS="$THREADS" FROM=0 TO="$WARM_VOTERS" VOTE_SECONDS="$WARMUP_SECONDS" RESULT="$WORK/warmup.txt" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((WARMUP_SECONDS + TAIL_SECONDS))s" --timeout 30s -s bench/votes/vote.lua "http://127.0.0.1:$PORT" >/dev/null
cat "$WORK/warmup.txt" | grep -E '^(accepted|accepted_per_second)='

echo "== measured run: new votes for ${VOTE_SECONDS}s, then ${TAIL_SECONDS}s of refused repeats (nothing in flight at the end); $CONNECTIONS connections, $THREADS wrk threads, tokens [$WARM_VOTERS, $VOTERS)"
TOKENS="$WORK/tokens" ROUND="$ROUND" THREADS="$THREADS" FROM="$WARM_VOTERS" TO="$VOTERS" VOTE_SECONDS="$VOTE_SECONDS" RESULT="$WORK/run.txt" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((VOTE_SECONDS + TAIL_SECONDS))s" --timeout 30s --latency -s bench/votes/vote.lua "http://127.0.0.1:$PORT" \
  | tee "$WORK/wrk.txt" | grep -E 'Requests/sec|Latency|requests in'
cat "$WORK/run.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

value() { grep "^$1=" "$2" | cut -d= -f2; }
ACCEPTED=$(( $(value accepted "$WORK/warmup.txt") + $(value accepted "$WORK/run.txt") ))
STORED=$(sql "select count(*) from competition.vote where round_id = $ROUND")
DISTINCT=$(sql "select count(distinct voter_hash) from competition.vote where round_id = $ROUND")
MAXSEQ=$(sql "select coalesce(max(sequence), 0) from competition.vote where round_id = $ROUND")
TALLY=$(sql "select coalesce(sum(votes), 0) from competition.vote_tally where round_id = $ROUND")
HEAD=$(sql "select vote_count from competition.ballot where round_id = $ROUND")
echo "== exact count: accepted responses $ACCEPTED, rows stored $STORED, distinct voters $DISTINCT, last sequence $MAXSEQ, tally $TALLY, ballot head $HEAD"
if [ "$ACCEPTED" = "$STORED" ] && [ "$STORED" = "$DISTINCT" ] && [ "$STORED" = "$MAXSEQ" ] && [ "$STORED" = "$TALLY" ] && [ "$STORED" = "$HEAD" ]; then
  echo "EXACT: zero lost, zero double-counted"
  EXACT=0
else
  echo "MISMATCH"
  EXACT=1
fi

echo "== raw insert rate of equivalent rows (pgbench, same database)"
sql "create sequence if not exists bench_vote_seq"
PGROUND=$((ROUND + 1))
pgbench -n -c 8 -j 2 -T 15 -D round="$PGROUND" -f bench/votes/insert-single.sql 2>&1 \
  | grep -E 'tps = |number of transactions actually' | sed 's/^/single-row transactions, 8 clients: /'
pgbench -n -c 1 -j 1 -T 15 -D round="$((PGROUND + 1))" -f bench/votes/insert-batch.sql 2>&1 \
  | grep -E 'tps = |number of transactions actually' | sed 's/^/500-row transactions, 1 client (x500 rows): /'
exit "$EXACT"
