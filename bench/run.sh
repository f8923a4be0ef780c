#!/usr/bin/env bash
# Benchmarks the platform at province scale next to the database's and the web stack's own ceiling.
# One command; sizes and steps from the environment (see bench/README.md):
#
#   bench/run.sh                                   # quick: 1 M members, 30 000 organisations, 100 000-row import
#   MEMBERS=10000000 ORGS=300000 IMPORT_ROWS=1000000 bench/run.sh
#   STEPS=scenarios bench/run.sh                   # reuse the loaded database, run the scenarios only
#
# Steps: load (create database, migrations via the platform, COPY the province), scenarios (wrk vs pgbench),
# import (.csv and .xlsx through the API vs raw COPY), startup (embedded default, time and memory).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)

MEMBERS=${MEMBERS:-1000000}
ORGS=${ORGS:-30000}
IMPORT_ROWS=${IMPORT_ROWS:-100000}
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-7200}
IMPORT_FORMATS=${IMPORT_FORMATS:-csv xlsx}
SEED=${SEED:-20261125}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
STEPS=${STEPS:-load,scenarios,import,startup}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DB=${DB:-gonghui_bench}
PORT=${PORT:-18080}
EMBEDDED_PORT=${EMBEDDED_PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:-}
export PGHOST PGPORT PGUSER

# fixed, fictional keys: the loader encrypts with the same ones the platform reads
export GONGHUI_CRYPTO_KEY=${GONGHUI_CRYPTO_KEY:-YmVuY2gtb25seS1lbmNyeXB0aW9uLWtleS0zMmJ5dGU=}
export GONGHUI_CRYPTO_HASH_KEY=${GONGHUI_CRYPTO_HASH_KEY:-YmVuY2gtb25seS1sb29rdXAtaGFzaC1rZXktMzJieXQ=}
ADMIN_PASSWORD=Bench12345

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-bench/out/$STAMP}
mkdir -p "$OUT"
RESULTS=$OUT/results.md
JAR=target/gonghui-0.1.0-SNAPSHOT.jar
CP_FILE=bench/out/classpath.txt
export BENCH_WRK_DIR=$ROOT/bench/wrk
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
has_step() { [[ ",$STEPS," == *",$1,"* ]]; }
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

need() {
	command -v "$1" >/dev/null || { log "installing $2"; apt-get install -y "$2" >/dev/null; }
}
need wrk wrk
need pgbench postgresql-client

# ---------------------------------------------------------------- build
if [[ ! -f $JAR || -n $(find src/main pom.xml -newer "$JAR" -print -quit) ]]; then
	log "building the platform jar"
	./mvnw -B -q package -DskipTests
fi
if [[ ! -f $CP_FILE || pom.xml -nt $CP_FILE ]]; then
	./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
fi
loader() { java -cp "$(cat $CP_FILE):target/classes" bench/src/ProvinceLoader.java "$@"; }

# ---------------------------------------------------------------- the platform
APP_PID=
start_app() { # port, log, extra environment and arguments
	local port=$1 logfile=$2
	shift 2
	local t0
	t0=$(date +%s.%N)
	env "$@" java $JAVA_OPTS -jar "$JAR" --server.port="$port" --spring.servlet.multipart.max-file-size=1GB \
		--spring.servlet.multipart.max-request-size=1GB >"$logfile" 2>&1 &
	APP_PID=$!
	until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			log "the platform stopped; see $logfile"
			tail -30 "$logfile" >&2
			exit 1
		fi
		sleep 0.05
	done
	STARTUP_SECONDS=$(printf %.1f "$(echo "$(date +%s.%N) - $t0" | bc)")
	# CPU seconds the JVM spent getting ready: the figure that does not depend on what else the machine runs
	STARTUP_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
}
stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
}
trap stop_app EXIT
rss_mib() { echo $(($(ps -o rss= -p "$1") / 1024)); }

external_env=(GONGHUI_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" GONGHUI_DB_USER="$PGUSER"
	GONGHUI_ADMIN_PASSWORD="$ADMIN_PASSWORD" GONGHUI_DEMO=false)

{
	echo "# Gonghui benchmark $STAMP"
	echo
	echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB RAM"
	echo "- database: $(psql -X -At -d postgres -c 'show server_version') on $PGHOST:$PGPORT, shared_buffers $(psql -X -At -d postgres -c 'show shared_buffers')"
	echo "- java: $(java -version 2>&1 | head -1); JAVA_OPTS='$JAVA_OPTS'"
	echo "- sizes (used by the load step only): MEMBERS=$MEMBERS ORGS=$ORGS; IMPORT_ROWS=$IMPORT_ROWS; database $DB"
	echo "- load: DURATION=${DURATION}s after WARMUP=${WARMUP}s, CONNECTIONS=$CONNECTIONS; load average at start $(load_avg)"
	echo "- command: MEMBERS=$MEMBERS ORGS=$ORGS IMPORT_ROWS=$IMPORT_ROWS IMPORT_FORMATS='$IMPORT_FORMATS' DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS STEPS=$STEPS DB=$DB bench/run.sh"
	echo
} >"$RESULTS"

# ---------------------------------------------------------------- load
if has_step load; then
	log "creating database $DB"
	dropdb --if-exists "$DB"
	createdb "$DB"
	log "migrating through the platform (Flyway, root organisation, admin)"
	start_app "$PORT" "$OUT/app-migrate.log" "${external_env[@]}"
	# the root organisation and the administrator are made by runners; wait for them, not only for readiness
	for _ in $(seq 600); do
		[[ $(psql_q -Atc "select count(*) from org.organisation where parent_id is null" 2>/dev/null) == 1 ]] && break
		sleep 0.2
	done
	stop_app
	log "loading $MEMBERS members and $ORGS organisations"
	t0=$(date +%s)
	loader load "$JDBC" "$MEMBERS" "$ORGS" "$SEED" 2>&1 | tee "$OUT/load.log"
	echo "- load: $MEMBERS members, $ORGS organisations in $(($(date +%s) - t0)) s (COPY, indexes rebuilt after; load avg $(load_avg))" >>"$RESULTS"
	log "loading the modules' records (hardship files, mutual aid, contests, sites, gig posts)"
	t0=$(date +%s)
	loader modules "$JDBC" "$SEED" 2>&1 | tee "$OUT/load-modules.log"
	echo "- modules: $(grep 'modules done' "$OUT/load-modules.log" | sed -E 's/.*modules done: //') in $(($(date +%s) - t0)) s (HARDSHIP_RATE=${HARDSHIP_RATE:-0.005} ENROLMENT_RATE=${ENROLMENT_RATE:-0.10} CLAIM_RATE=${CLAIM_RATE:-0.05} ENTRY_RATE=${ENTRY_RATE:-0.002} SITES_PER_COUNTY=${SITES_PER_COUNTY:-5} GIG_POSTS=${GIG_POSTS:-100000})" >>"$RESULTS"
	echo >>"$RESULTS"
fi

# lookup tables for pgbench: the same random choices the wrk scripts make
if has_step scenarios || has_step import; then
psql_q <<'SQL'
create schema if not exists bench;
drop table if exists bench.county, bench.city, bench.surname;
create table bench.county as
  select row_number() over (order by id) as k, id, path from org.organisation where type = 'COUNTY_FEDERATION';
create table bench.city as
  select row_number() over (order by id) as k, id, path,
         substr(region_code, 1, 4) || '%' as prefix from org.organisation where type = 'CITY_FEDERATION';
create table bench.surname (k int primary key, pat text);
insert into bench.surname values (1,'王%'),(2,'李%'),(3,'张%'),(4,'刘%'),(5,'陈%'),(6,'杨%'),(7,'黄%'),(8,'赵%'),(9,'吴%'),(10,'周%');
alter table bench.county add primary key (k);
alter table bench.city add primary key (k);
-- the gig search's centres: ProvinceLoader.Modules.CITY_CENTRES, the capital a third of the rows (7 of 22)
drop table if exists bench.gig_centre, bench.gig_query;
create table bench.gig_centre (k int primary key, lat float8, lon float8);
insert into bench.gig_centre
  select row_number() over (), lat, lon from (
    select 30.593 as lat, 114.305 as lon from generate_series(1, 7)
    union all values (30.653, 113.166), (32.009, 112.122), (30.692, 111.286), (30.200, 115.039), (32.629, 110.798),
      (30.335, 112.240), (30.926, 113.916), (30.453, 114.872), (29.841, 114.322), (31.690, 113.383),
      (30.272, 109.488), (30.391, 114.894), (31.035, 112.204), (30.364, 113.454), (30.402, 112.900)) c;
create table bench.gig_query (k int primary key, q text not null);
SQL
# the six words of bench/wrk/gig-search.lua as the platform's segmenter turns them into tsquery text
k=0
while IFS= read -r q; do
	k=$((k + 1))
	psql_q -v k="$k" -v q="$q" <<<"insert into bench.gig_query values (:k, :'q');"
done < <(loader tsquery 水暖工 保洁 "电工 检修" 搬运 "水暖 维修" 服务员)
MAX_ID=$(psql_q -At -c "select max(id) from member.member")
MEMBER_COUNT=$(psql_q -At -c "select count(*) from member.member")
COUNTY_IDS=$(psql_q -At -c "select string_agg(id::text, ',' order by k) from bench.county")
CITY_IDS=$(psql_q -At -c "select string_agg(id::text, ',' order by k) from bench.city")
N_COUNTIES=$(psql_q -At -c "select count(*) from bench.county")
N_CITIES=$(psql_q -At -c "select count(*) from bench.city")
N_ACCOUNTS=$(psql_q -At -c "select count(*) from account.account where username like 'bench%'")
ROOT_ID=$(psql_q -At -c "select id from org.organisation where parent_id is null order by id limit 1")
N_CENTRES=$(psql_q -At -c "select count(*) from bench.gig_centre")
N_SITES=$(psql_q -At -c "select count(*) from site.site where status = 'ACTIVE'")
N_POSTS=$(psql_q -At -c "select count(*) from gig.post where status = 'OPEN'")
fi

# ---------------------------------------------------------------- measuring
# CPU used, in clock ticks: the platform's java process; the PostgreSQL server (live processes plus the
# exited backends the postmaster has reaped). Per request these do not depend on what else the machine runs.
HZ=$(getconf CLK_TCK)
POSTMASTER=$(pgrep -o -f "bin/postgres -D" || true)
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
pg_ticks() {
	[[ -n $POSTMASTER ]] || { echo 0; return; }
	{
		awk '{print $14 + $15 + $16 + $17}' "/proc/$POSTMASTER/stat"
		for pid in $(pgrep -P "$POSTMASTER"); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || true; done
	} | awk '{t += $1} END {print t}'
}
per_request_ms() { awk -v d="$1" -v n="$2" -v hz="$HZ" 'BEGIN{ if (n > 0) printf "%.2f", 1000 * d / hz / n; else print "–" }'; }
# wrk: "Requests/sec", the latency distribution's 50% and 99%, non-2xx answers
wrk_run() { # name script args...
	local name=$1 script=$2
	shift 2
	# the JIT needs a while before the figures mean anything: a first run that is not counted
	wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "bench/wrk/$script" "http://127.0.0.1:$PORT" -- "$@" \
		>"$OUT/wrk-$name-warmup.txt" 2>&1
	local a0 g0
	a0=$(app_ticks)
	g0=$(pg_ticks)
	wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "bench/wrk/$script" "http://127.0.0.1:$PORT" -- "$@" \
		>"$OUT/wrk-$name.txt" 2>&1
	local rps p50 p99 bad n
	n=$(awk '/requests in/{print $1}' "$OUT/wrk-$name.txt")
	APP_MS=$(per_request_ms $(($(app_ticks) - a0)) "$n")
	DB_MS=$(per_request_ms $(($(pg_ticks) - g0)) "$n")
	rps=$(awk '/Requests\/sec/{print $2}' "$OUT/wrk-$name.txt")
	p50=$(awk '$1=="50%"{print $2}' "$OUT/wrk-$name.txt" | to_ms)
	p99=$(awk '$1=="99%"{print $2}' "$OUT/wrk-$name.txt" | to_ms)
	bad=$(awk '/Non-2xx/{print $5}' "$OUT/wrk-$name.txt")
	echo "$rps $p50 $p99 ${bad:-0} $APP_MS $DB_MS"
}
to_ms() { sed -E 's/([0-9.]+)us/\1 0.001/; s/([0-9.]+)ms/\1 1/; s/([0-9.]+)s$/\1 1000/' | awk '{printf "%.2f", $1*$2}'; }

# pgbench: tps, and p50/p99 from the per-transaction log
pgbench_run() { # name script -D...
	local name=$1 script=$2
	shift 2
	rm -f "$OUT"/pgbench-"$name".log*
	local g0
	g0=$(pg_ticks)
	pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "bench/pgbench/$script" "$@" \
		-l --log-prefix="$OUT/pgbench-$name.log" "$DB" >"$OUT/pgbench-$name.txt" 2>&1
	local tps done
	tps=$(awk '/^tps/{print $3; exit}' "$OUT/pgbench-$name.txt")
	done=$(awk '/number of transactions actually processed/{split($0, a, ": "); split(a[2], b, "/"); print b[1]}' "$OUT/pgbench-$name.txt")
	local pg_ms
	pg_ms=$(per_request_ms $(($(pg_ticks) - g0)) "$done")
	cat "$OUT"/pgbench-"$name".log* | awk '{print $3}' | sort -n >"$OUT/pgbench-$name.lat"
	local n p50 p99
	n=$(wc -l <"$OUT/pgbench-$name.lat")
	p50=$(awk -v n="$n" 'NR==int(n*0.50)+1{printf "%.2f", $1/1000; exit}' "$OUT/pgbench-$name.lat")
	p99=$(awk -v n="$n" 'NR==int(n*0.99)+1{printf "%.2f", $1/1000; exit}' "$OUT/pgbench-$name.lat")
	rm -f "$OUT"/pgbench-"$name".log* "$OUT/pgbench-$name.lat"
	echo "$tps $p50 $p99 $pg_ms"
}

RSS_MAX=0
sample_rss() { # in the background while the scenarios run
	while kill -0 "$APP_PID" 2>/dev/null; do
		local r
		r=$(rss_mib "$APP_PID" 2>/dev/null || echo 0)
		echo "$r" >>"$OUT/rss-under-load.txt"
		sleep 1
	done
}

row() { echo "| $* |" >>"$RESULTS"; }

if has_step scenarios || has_step import; then
	log "starting the platform on $MEMBER_COUNT members"
	start_app "$PORT" "$OUT/app.log" "${external_env[@]}"
	log "ready in $STARTUP_SECONDS s"
	sleep 5
	IDLE_RSS=$(rss_mib "$APP_PID")
	TOKEN=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
		"http://127.0.0.1:$PORT/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
	TOKEN_HASH=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
	{
		echo "- platform on the external database: ready in ${STARTUP_SECONDS} s (${STARTUP_CPU} s of CPU), ${IDLE_RSS} MiB resident at idle; load avg $(load_avg)"
		echo
	} >>"$RESULTS"
fi

# the modules' records must list and read without error, as admin and in public: one list and one record each
check_modules() {
	local case_id enrolment claim contest site post bad=0 path code
	case_id=$(psql_q -At -c "select id from assistance.hardship_case where status = 'ACTIVE' order by id limit 1")
	enrolment=$(psql_q -At -c "select min(id) from mutualaid.enrolment")
	claim=$(psql_q -At -c "select id from mutualaid.claim where status = 'PAID' order by id limit 1")
	contest=$(psql_q -At -c "select id from competition.contest where status = 'RUNNING' order by id limit 1")
	site=$(psql_q -At -c "select min(id) from site.site")
	post=$(psql_q -At -c "select min(id) from gig.post where status = 'OPEN' and work_date > current_date")
	if [[ -z $case_id || -z $enrolment || -z $claim || -z $contest || -z $site || -z $post ]]; then
		log "module check: some module has no records in $DB (loaded before the modules were?)"
		return 0
	fi
	for path in "/api/v1/assistance/cases?size=20" "/api/v1/assistance/cases/$case_id" "/api/v1/assistance/statistics" \
		"/api/v1/mutual-aid/enrolments?size=20" "/api/v1/mutual-aid/enrolments/$enrolment" \
		"/api/v1/mutual-aid/claims?size=20" "/api/v1/mutual-aid/claims/$claim" \
		"/api/v1/competitions" "/api/v1/competitions/$contest" "/api/v1/competitions/$contest/entries" \
		"/api/v1/sites?size=20" "/api/v1/sites/$site" "/api/v1/gig/moderation/posts?size=20"; do
		code=$(curl -s -o "$OUT/check.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")
		[[ $code == 200 ]] || { bad=$((bad + 1)); log "module check: GET $path answered $code: $(head -c 300 "$OUT/check.json")"; }
	done
	for path in "/api/v1/public/sites/$site" "/api/v1/public/gig/posts/$post" "/api/v1/public/competitions" \
		"/api/v1/public/sites?lat=30.6&lon=114.3&openNow=true&limit=20" "/api/v1/public/gig/posts?q=%E4%BF%9D%E6%B4%81&lat=30.6&lon=114.3&km=10&size=20"; do
		code=$(curl -s -o "$OUT/check.json" -w '%{http_code}' "http://127.0.0.1:$PORT$path")
		[[ $code == 200 ]] || { bad=$((bad + 1)); log "module check: GET $path answered $code: $(head -c 300 "$OUT/check.json")"; }
	done
	rm -f "$OUT/check.json"
	if ((bad > 0)); then
		log "module check: $bad requests failed"
		exit 1
	fi
	log "module check: the modules' records list and read (18 requests, all 200)"
}
if has_step scenarios; then
	check_modules
fi

# a load still building indexes or vacuuming would make the figures meaningless: wait until it has finished
busy() {
	psql_q -At -c "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
		and state = 'active' and (query ilike 'create index%' or query ilike 'alter table%' or query ilike 'vacuum%'
		or query ilike 'copy %' or query ilike 'analyze%' or query ilike 'select count(*) from org.organisation o%')"
}
while has_step scenarios && { [[ $(busy) != 0 ]] || { sleep 3; [[ $(busy) != 0 ]]; }; }; do
	log "waiting for the load to finish building indexes"
	sleep 20
done

if has_step scenarios; then
	: >"$OUT/rss-under-load.txt"
	sample_rss &
	SAMPLER=$!
	{
		echo "## Scenarios on $MEMBER_COUNT members, $CONNECTIONS connections, ${DURATION}s each"
		echo
		echo "CPU ms/req: CPU the platform's JVM and the PostgreSQL server spent per request (does not depend on the machine's other load);"
		echo "CPU ratio: the ceiling's database CPU per transaction over the platform's JVM + database CPU per request, the throughput ratio to expect on an otherwise idle machine."
		echo
		echo "| scenario | platform req/s | p50 ms | p99 ms | errors | JVM + DB CPU ms/req | ceiling | ceiling tx/s | p50 ms | p99 ms | DB CPU ms/tx | ratio | CPU ratio | load avg |"
		echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
	} >>"$RESULTS"
	scenario() { # title wrk-name wrk-script wrk-args | ceiling-title pgbench-script pgbench-args
		local title=$1 name=$2 script=$3 args=$4 ctitle=$5 pscript=$6
		shift 6
		log "scenario: $title"
		read -r rps p50 p99 bad app_ms db_ms <<<"$(wrk_run "$name" "$script" $args)"
		local load=$(load_avg)
		log "  platform $rps req/s p50 $p50 p99 $p99 (errors $bad, CPU ms/req JVM $app_ms DB $db_ms, load $load)"
		read -r tps cp50 cp99 pg_ms <<<"$(pgbench_run "$name" "$pscript" "$@")"
		log "  pgbench $tps tx/s p50 $cp50 p99 $cp99 (DB CPU ms/tx $pg_ms)"
		local ratio cpu_ratio
		ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN{printf "%.0f%%", 100*a/b}')
		cpu_ratio=$(awk -v a="$app_ms" -v d="$db_ms" -v p="$pg_ms" 'BEGIN{ if (a + d > 0) printf "%.0f%%", 100*p/(a+d); else print "–" }')
		row "$title | $rps | $p50 | $p99 | $bad | $app_ms + $db_ms | $ctitle | $tps | $cp50 | $cp99 | $pg_ms | $ratio | $cpu_ratio | $load"
	}
	log "web stack ceiling"
	read -r prps pp50 pp99 pbad papp pdb <<<"$(wrk_run ping ping.lua)"
	row "web stack ceiling: GET /actuator/health/liveness (no database) | $prps | $pp50 | $pp99 | $pbad | $papp + $pdb | – | | | | | | | $(load_avg)"
	scenario "member by id: GET /api/v1/members/{id}" member-by-id member-by-id.lua "$TOKEN $MAX_ID" \
		"pgbench: the member select" member-by-id.sql -D maxid="$MAX_ID"
	read -r tps cp50 cp99 pg_ms <<<"$(pgbench_run member-by-id-request member-by-id-request.sql -D maxid="$MAX_ID" \
		-D tokenhash="$TOKEN_HASH" -D rootid="$ROOT_ID")"
	row "(member by id, the request's three selects: token, scope, member) | | | | | | pgbench | $tps | $cp50 | $cp99 | $pg_ms | $(awk -v a="$rps" -v b="$tps" 'BEGIN{printf "%.0f%%", 100*a/b}') | $(awk -v a="$app_ms" -v d="$db_ms" -v p="$pg_ms" 'BEGIN{printf "%.0f%%", 100*p/(a+d)}') | $(load_avg)"
	scenario "county roster, name prefix, first page: GET /api/v1/members?orgId&name" county-list county-list.lua \
		"$TOKEN $COUNTY_IDS" "pgbench: page + count" county-list.sql -D counties="$N_COUNTIES"
	scenario "city indicators: GET /api/v1/orgs/{city}/indicators" city-indicators city-indicators.lua \
		"$TOKEN $CITY_IDS" "pgbench: subtree + founding rate" city-indicators.sql -D cities="$N_CITIES"
	scenario "login: POST /api/v1/auth/token" login login.lua "$N_ACCOUNTS" \
		"pgbench: account, audit, token" login.sql -D accounts="$N_ACCOUNTS"
	# the modules' public hot paths on the generated records; the searched moment and dates as the platform takes
	# them (Beijing time, see HoursColumns.Moment and GigPublicApiController), fixed for the run
	read -r DOW H M TODAY LOCAL_NOW < <(TZ=Asia/Shanghai date '+%u %-H %-M %F %FT%T')
	YESTERDAY=$(TZ=Asia/Shanghai date -d "$TODAY - 1 day" +%F)
	YDOW=$(((DOW + 5) % 7 + 1))
	TODAY_MINUTE=$(((DOW - 1) * 2880 + H * 60 + M))
	YESTERDAY_MINUTE=$(((YDOW - 1) * 2880 + 1440 + H * 60 + M))
	GIG_TO=$(TZ=Asia/Shanghai date -d "$TODAY + 7 days" +%F)
	if [[ $N_SITES == 0 || $N_POSTS == 0 ]]; then
		log "no sites or no open gig posts in $DB (loaded before the modules were): skipping their scenarios"
	else
	scenario "nearest open site with drinking water, 20 of $N_SITES: GET /api/v1/public/sites?lat&lon&openNow&facilities" \
		site-nearest site-nearest.lua "" "pgbench: the KNN select" site-nearest.sql -D today="$TODAY" \
		-D yesterday="$YESTERDAY" -D todayminute="$TODAY_MINUTE" -D yesterdayminute="$YESTERDAY_MINUTE" \
		-D localnow="$LOCAL_NOW"
	scenario "gig search, words + 10 km + 7 days, 20 of $N_POSTS open posts: GET /api/v1/public/gig/posts" \
		gig-search gig-search.lua "$TODAY $GIG_TO" "pgbench: page query with its count" gig-search.sql \
		-D today="$TODAY" -D now="$(date -u +%FT%TZ)" -D from="$TODAY" -D to="$GIG_TO" -D centres="$N_CENTRES"
	fi
	BCRYPT=$(loader bcrypt 5 | cut -d= -f2)
	row "(login's password check: bcrypt verifications/s on one thread × $(nproc) cores, measured under the same load) | | | | | | JVM | $(awk -v a="$BCRYPT" -v n="$(nproc)" 'BEGIN{printf "%.0f", a*n}') | | | | | | $(load_avg)"
	kill "$SAMPLER" 2>/dev/null || true
	echo >>"$RESULTS"
	echo "- resident memory under load: max $(sort -n "$OUT/rss-under-load.txt" | tail -1) MiB" >>"$RESULTS"
	echo >>"$RESULTS"
fi

# ---------------------------------------------------------------- import
if has_step import; then
	log "writing a $IMPORT_ROWS-row roster (.csv, .xlsx) and its COPY form"
	loader import "$JDBC" "$IMPORT_ROWS" "$OUT/import" "$SEED" | tee -a "$OUT/import.log"
	{
		echo "## Import of $IMPORT_ROWS rows"
		echo
		echo "| path | rows | seconds | rows/s | vs raw COPY | load avg |"
		echo "| --- | ---: | ---: | ---: | ---: | --- |"
	} >>"$RESULTS"
	log "raw COPY of the same rows into member.member itself (its indexes, its size), rolled back"
	t0=$(date +%s.%N)
	psql_q <<SQL
begin;
\\copy member.member (name, id_number_cipher, id_number_hash, id_number_masked, birth_date, gender, phone, org_id, org_path, employer, joined_on, status, occupation, skill_level, new_employment_form) from '$OUT/import/import.copy'
rollback;
SQL
	COPY_S=$(echo "$(date +%s.%N) - $t0" | bc)
	COPY_RATE=$(awk -v n="$IMPORT_ROWS" -v s="$COPY_S" 'BEGIN{printf "%.0f", n/s}')
	# the rolled-back rows stay in the heap and the indexes as dead entries until vacuumed
	psql_q -c "vacuum (analyze) member.member"
	row "raw COPY into member.member (rows already encrypted; rolled back) | $IMPORT_ROWS | $(printf %.1f "$COPY_S") | $COPY_RATE | 100% | $(load_avg)"
	for format in $IMPORT_FORMATS; do
		before=$(psql_q -At -c "select coalesce(max(id), 0) from member.member")
		log "importing import.$format through POST /api/v1/members/imports"
		t0=$(date +%s.%N)
		# a failed upload, a failed poll or a job that never ends is reported in the table, not a silent exit
		code=$(curl -s -D "$OUT/upload-$format.headers" -o "$OUT/upload-$format.json" -w '%{http_code}' \
			-H "Authorization: Bearer $TOKEN" -F "file=@$OUT/import/import.$format" \
			"http://127.0.0.1:$PORT/api/v1/members/imports" || echo 000)
		location=$(awk 'tolower($1)=="location:"{print $2}' "$OUT/upload-$format.headers" 2>/dev/null | tr -d '\r' || true)
		log "  uploaded in $(printf %.1f "$(echo "$(date +%s.%N) - $t0" | bc)") s: $code $location"
		if [[ -z $location ]]; then
			log "upload failed: $code $(head -c 600 "$OUT/upload-$format.json")"
			row "POST /api/v1/members/imports (.$format) | FAILED: upload answered $code | | | | $(load_avg)"
			continue
		fi
		status=
		body=
		deadline=$(($(date +%s) + IMPORT_TIMEOUT))
		next_report=$(($(date +%s) + 30))
		while true; do
			body=$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$location" || true)
			status=$(grep -oP '"status":"\K[A-Z]+' <<<"$body" | head -1 || true)
			[[ $status == SUCCEEDED || $status == FAILED ]] && break
			if (($(date +%s) >= deadline)); then
				status=TIMEOUT
				break
			fi
			if (($(date +%s) >= next_report)); then
				log "  $status: $(grep -oP '"processedRows":\K[0-9]+' <<<"$body" || true) of $IMPORT_ROWS rows checked (load $(load_avg))"
				next_report=$(($(date +%s) + 30))
			fi
			sleep 1
		done
		if [[ $status == TIMEOUT ]]; then
			log "import still $(grep -oP '"status":"\K[A-Z]+' <<<"$body" | head -1 || true) after IMPORT_TIMEOUT=$IMPORT_TIMEOUT s; stopping the import step"
			row "POST /api/v1/members/imports (.$format) | TIMEOUT after $IMPORT_TIMEOUT s | | | | $(load_avg)"
			break
		fi
		IMPORT_S=$(echo "$(date +%s.%N) - $t0" | bc)
		echo "$body" >"$OUT/import-$format.json"
		if [[ $status != SUCCEEDED ]]; then
			log "import failed: $(head -c 600 <<<"$body")"
			row "POST /api/v1/members/imports (.$format) | FAILED | $(printf %.1f "$IMPORT_S") | | | $(load_avg)"
			continue
		fi
		RATE=$(awk -v n="$IMPORT_ROWS" -v s="$IMPORT_S" 'BEGIN{printf "%.0f", n/s}')
		row "POST /api/v1/members/imports (.$format), upload to SUCCEEDED | $IMPORT_ROWS | $(printf %.1f "$IMPORT_S") | $RATE | $(awk -v a="$RATE" -v b="$COPY_RATE" 'BEGIN{printf "%.0f%%", 100*a/b}') | $(load_avg)"
		log "  $RATE rows/s; taking the imported rows out again for the next file"
		psql_q <<SQL
update org.organisation o set member_count = o.member_count - d.n
from (select org_id, count(*) as n from member.member where id > $before and status = 'ACTIVE' group by org_id) d
where o.id = d.org_id;
delete from member.membership_event where member_id > $before;
delete from member.member where id > $before;
SQL
		# a million dead rows under the same ID-number hashes would meet the next file's checks and inserts;
		# autovacuum waits for 20 % of the table, so clean them now, outside the measured time
		log "  vacuuming member.member after taking the rows out"
		psql_q -c "vacuum (analyze) member.member" -c "vacuum (analyze) member.membership_event"
	done
	echo >>"$RESULTS"
	echo "- resident memory after the imports: $(rss_mib "$APP_PID") MiB" >>"$RESULTS"
	echo >>"$RESULTS"
fi
stop_app

# ---------------------------------------------------------------- start-up on the embedded default
if has_step startup; then
	EMB=bench/out/embedded
	if [[ ! -d $EMB/pg ]]; then
		log "first run of the embedded default (creates the cluster, migrates, loads the demo city)"
		start_app "$EMBEDDED_PORT" "$OUT/app-embedded-first.log" GONGHUI_DATA_DIR="$EMB" GONGHUI_DB_URL= \
			GONGHUI_CRYPTO_KEY= GONGHUI_CRYPTO_HASH_KEY= GONGHUI_ADMIN_PASSWORD="$ADMIN_PASSWORD"
		log "  first run ready in $STARTUP_SECONDS s"
		stop_app
	fi
	log "start-up of the embedded default after its first run"
	start_app "$EMBEDDED_PORT" "$OUT/app-embedded.log" GONGHUI_DATA_DIR="$EMB" GONGHUI_DB_URL= \
		GONGHUI_CRYPTO_KEY= GONGHUI_CRYPTO_HASH_KEY= GONGHUI_ADMIN_PASSWORD="$ADMIN_PASSWORD"
	first=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$EMBEDDED_PORT/login")
	load=$(load_avg)
	sleep 10
	{
		echo "## Start-up, embedded default (after its first run)"
		echo
		echo "- ready (readiness probe answered) ${STARTUP_SECONDS} s after launching java, having used ${STARTUP_CPU} s of CPU; /login then answered $first; load avg $load"
		echo "- resident memory at idle (10 s after ready): $(rss_mib "$APP_PID") MiB (java process; the embedded PostgreSQL runs in its own processes)"
		echo
	} >>"$RESULTS"
	stop_app
fi

log "results in $RESULTS"
cat "$RESULTS"
