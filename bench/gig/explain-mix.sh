#!/usr/bin/env bash
# Database time per search on the mix search.lua sends: EXPLAIN (ANALYZE, BUFFERS) of the page query as
# PostRepository.search builds it, for each of the six queries at its own point (10 km, the next 7 days,
# least 26 元 an hour), REPS times each; prints the median execution time and the buffers of each and the
# mean of the medians. Needs a database with the bench posts (bench/gig/README.md) and the project's classes
# (for the segmented queries): PGHOST/PGPORT/PGDATABASE/PGUSER select it. OLD=1 sends the query as it was
# before V10_1 (earth_box on the GiST ll_to_earth index, which V10_1 drops: a database at V10_0).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPS=${REPS:-3}
FROM=${FROM:-$(TZ=Asia/Shanghai date +%F)}
TO=${TO:-$(TZ=Asia/Shanghai date -d "$FROM + 7 days" +%F)}
CP="$(cat bench/out/classpath.txt):target/classes"
WORDS=(水暖工 保洁 "电工 检修" 搬运 "水暖 维修" 服务员)
POINTS=("32.04 112.14" "31.98 112.05" "32.10 112.22" "31.93 112.25" "32.15 112.03" "32.07 112.19")
sum=0
for i in "${!WORDS[@]}"; do
  q=$(java -cp "$CP" bench/gig/Kinds.java query "${WORDS[$i]}")
  read -r lat lon <<<"${POINTS[$i]}"
  if [ -n "${OLD:-}" ]; then
    place="earth_box(ll_to_earth($lat, $lon), 10000) @> ll_to_earth(p.lat, p.lon)"
  else
    # the box PostRepository.Area gives for 10 km (margins as there)
    read -r latmin latmax lonmin lonmax < <(awk -v la="$lat" -v lo="$lon" 'BEGIN {
      pi = atan2(0, -1); a = 10000 / 6378168 * (1 + 1e-6) + 1e-9; d = a * 180 / pi
      s = sin(a) / cos(la * pi / 180); l = atan2(s, sqrt(1 - s * s)) * 180 / pi * (1 + 1e-6) + 1e-9
      printf "%.9f %.9f %.9f %.9f\n", la - d, la + d, lo - l, lo + l }')
    place="p.lat between $latmin and $latmax and p.lon between $lonmin and $lonmax"
  fi
  times=()
  for _ in $(seq "$REPS"); do
    out=$(psql -X -q -v ON_ERROR_STOP=1 -v q="$q" -f - <<<"explain (analyze, buffers)
      select p.*, round((earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth($lat, $lon)) / 1000)::numeric, 1)
             as distance_km, count(*) over () as matches
        from gig.post p
       where p.status = 'OPEN' and (p.expires_at is null or p.expires_at > now()) and p.work_date >= date '$FROM'
         and not exists (select 1 from gig.employer_block b where b.employer_account_id = p.employer_account_id)
         and p.search_text @@ to_tsquery('simple', :'q') and p.hourly_equivalent_fen >= 2600
         and p.work_date >= date '$FROM' and p.work_date <= date '$TO' and $place
         and earth_distance(ll_to_earth(p.lat, p.lon), ll_to_earth($lat, $lon)) <= 10000
       order by ts_rank(p.search_text, to_tsquery('simple', :'q')) desc, p.work_date, p.id desc limit 20")
    times+=("$(grep -oP 'Execution Time: \K[0-9.]+' <<<"$out")")
    buffers=$(grep -m1 -oP 'Buffers: \K.*' <<<"$out")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((REPS + 1) / 2))p")
  sum=$(awk -v s="$sum" -v m="$median" 'BEGIN { print s + m }')
  printf '%-12s %s ms (of %s), buffers %s\n' "${WORDS[$i]}" "$median" "${times[*]}" "$buffers"
done
awk -v s="$sum" -v n="${#WORDS[@]}" 'BEGIN { printf "mean of the medians: %.1f ms\n", s / n }'
uptime
