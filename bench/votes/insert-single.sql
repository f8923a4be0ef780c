-- one vote row per transaction (each commit waits for its own WAL flush)
\set e random(1, 10)
insert into competition.vote (round_id, sequence, entrant_id, voter_hash, cast_at_ms, previous_hash, hash, client_vote_id)
values (:round, nextval('bench_vote_seq'), :e, encode(sha256(convert_to('v' || random(), 'UTF8')), 'hex'),
        (extract(epoch from clock_timestamp()) * 1000)::bigint, repeat('0', 64),
        encode(sha256(convert_to('h' || random(), 'UTF8')), 'hex'), gen_random_uuid()::text);
