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
VOTERS=${VOTERS:-700000}
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
JAR=${JAR:-$(ls target/gonghui-*.jar | grep -v original | head -1)}

rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java -Xms1g -Xmx2g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --gonghui.demo=false \
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
grep -E '^accepted=' "$WORK/warmup.txt"

# CPU time (clock ticks) of the application and of the embedded PostgreSQL (postmaster and its
# backends), so the cost per vote can be compared when the machine is shared and wall time is noisy
TICK=$(getconf CLK_TCK)
PGMASTER=$(head -1 "$WORK/pg/postmaster.pid" 2>/dev/null || echo 0)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the whole machine's busy and stolen ticks (user nice system irq softirq; steal), to show what
# the application and PostgreSQL leave to the load generator, the kernel and neighbours
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8, $9}' /proc/stat; }
pg_ticks() {
  local total=0 pid
  for pid in $PGMASTER $(pgrep -P "$PGMASTER" 2>/dev/null); do total=$((total + $(ticks "$pid"))); done
  echo "$total"
}
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$APP" JFR.start name=votes settings=profile filename="$WORK/votes.jfr" >/dev/null
fi
# votes per committed batch so far: "count sum" of the writer's gonghui.votes.batch summary
batches() { curl -s "http://127.0.0.1:$PORT/actuator/prometheus" \
  | awk '/^gonghui_votes_batch_count/ {c=$2} /^gonghui_votes_batch_sum/ {s=$2} END {printf "%d %d\n", c, s}'; }
# how the vote log is read and written, counted since the statistics were reset: "seq_scan
# seq_tup_read idx_scan n_tup_ins analyses last-analysed"; a plan made while the table was nearly
# empty would scan it on every batch
vote_stats() { sql "select concat_ws(' ', seq_scan, seq_tup_read, coalesce(idx_scan, 0), n_tup_ins,
    analyze_count + autoanalyze_count,
    coalesce(to_char(greatest(last_analyze, last_autoanalyze) at time zone 'UTC', 'HH24:MI:SS'), 'never'))
  from pg_stat_user_tables where schemaname = 'competition' and relname = 'vote'"; }
# sampled over the new-vote phase only (the refused repeats of the tail are not votes)
( a0=$(ticks "$APP"); p0=$(pg_ticks); b0=$(batches); v0=$(vote_stats); read -r m0 s0 < <(machine); sleep "$VOTE_SECONDS"
  read -r m1 s1 < <(machine)
  echo "$(($(ticks "$APP") - a0)) $(($(pg_ticks) - p0)) $b0 $(batches) $((m1 - m0)) $((s1 - s0))" >"$WORK/cpu.txt"
  printf '%s\n%s\n' "$v0" "$(vote_stats)" >"$WORK/vote-stats.txt" ) &
CPU_SAMPLER=$!

echo "== measured run: new votes for ${VOTE_SECONDS}s, then ${TAIL_SECONDS}s of refused repeats (nothing in flight at the end); $CONNECTIONS connections, $THREADS wrk threads, tokens [$WARM_VOTERS, $VOTERS)"
TOKENS="$WORK/tokens" ROUND="$ROUND" THREADS="$THREADS" FROM="$WARM_VOTERS" TO="$VOTERS" VOTE_SECONDS="$VOTE_SECONDS" RESULT="$WORK/run.txt" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((VOTE_SECONDS + TAIL_SECONDS))s" --timeout 30s --latency -s bench/votes/vote.lua "http://127.0.0.1:$PORT" \
  | tee "$WORK/wrk.txt" | grep -E 'Requests/sec|Latency|requests in'
cat "$WORK/run.txt"
# the rate: the measured run's stored votes over the span of their own cast times (the server's
# clock), so that counting it costs the load generator nothing per answer
WARM_ACCEPTED=$(grep '^accepted=' "$WORK/warmup.txt" | cut -d= -f2)
sql "select 'voting_seconds=' || round((max(cast_at_ms) - min(cast_at_ms)) / 1000.0, 2) || chr(10) ||
            'accepted_per_second=' || round((count(*) - 1) * 1000.0 / nullif(max(cast_at_ms) - min(cast_at_ms), 0))
       from competition.vote where round_id = $ROUND and sequence > $WARM_ACCEPTED"
wait "$CPU_SAMPLER"
read -r APP_TICKS PG_TICKS B0_COUNT B0_SUM B1_COUNT B1_SUM MACHINE_TICKS STEAL_TICKS <"$WORK/cpu.txt"
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$APP" JFR.stop name=votes >/dev/null
  echo "profile: $WORK/votes.jfr"
fi
RUN_ACCEPTED=$(grep '^accepted=' "$WORK/run.txt" | cut -d= -f2)
awk -v s="$VOTE_SECONDS" -v a="$APP_TICKS" -v p="$PG_TICKS" -v t="$TICK" -v n="$RUN_ACCEPTED" 'BEGIN {
  printf "cpu: application %.1f s, postgresql %.1f s in the %d s of new votes; per accepted vote: application %.3f ms, postgresql %.3f ms\n",
    a / t, p / t, s, (n > 0 ? 1000 * a / t / n : 0), (n > 0 ? 1000 * p / t / n : 0) }'
awk -v m="$MACHINE_TICKS" -v st="$STEAL_TICKS" -v a="$APP_TICKS" -v p="$PG_TICKS" -v t="$TICK" -v s="$VOTE_SECONDS" -v n="$RUN_ACCEPTED" -v c="$(nproc)" 'BEGIN {
  printf "machine: %.1f of %d core-seconds busy (%.1f stolen by the hypervisor); besides the application and PostgreSQL: %.1f s (wrk, kernel, anything else), %.3f ms per accepted vote\n",
    m / t, c * s, st / t, (m - a - p) / t, (n > 0 ? 1000 * (m - a - p) / t / n : 0) }'
awk -v c="$((B1_COUNT - B0_COUNT))" -v s="$((B1_SUM - B0_SUM))" 'BEGIN {
  printf "writer: %d batches holding %d votes (refusals included) in the %s s of new votes, %.1f votes per batch\n", c, s, '"$VOTE_SECONDS"', (c > 0 ? s / c : 0) }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
# differences over the new-vote phase (as PostgreSQL publishes them: a busy backend up to a second late),
# then the totals since the statistics were reset (the warm-up and the tail included)
{ read -r S0 T0 I0 N0 A0 _; read -r S1 T1 I1 N1 A1 L1; } <"$WORK/vote-stats.txt"
read -r S2 T2 I2 N2 _ L2 <<<"$(vote_stats)"
utc() { if [ "$1" = never ]; then echo never; else echo "$1 UTC"; fi; }
echo "vote table: in the $VOTE_SECONDS s of new votes $((S1 - S0)) seq scans ($((T1 - T0)) rows read), $((I1 - I0)) index scans, $((N1 - N0)) rows inserted, analysed $((A1 - A0)) time(s) (last $(utc "$L1")); in all $S2 seq scans ($T2 rows read), $I2 index scans, $N2 rows inserted, last analysed $(utc "$L2")"

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

[ "${SKIP_PGBENCH:-0}" = 1 ] && exit "$EXACT"
echo "== raw insert rate of equivalent rows (pgbench, same database)"
sql "create sequence if not exists bench_vote_seq"
PGROUND=$((ROUND + 1))
pgbench -n -c 8 -j 2 -T 15 -D round="$PGROUND" -f bench/votes/insert-single.sql 2>&1 \
  | grep -E 'tps = |number of transactions actually' | sed 's/^/single-row transactions, 8 clients: /'
pgbench -n -c 1 -j 1 -T 15 -D round="$((PGROUND + 1))" -f bench/votes/insert-batch.sql 2>&1 \
  | grep -E 'tps = |number of transactions actually' | sed 's/^/500-row transactions, 1 client (x500 rows): /'
exit "$EXACT"
