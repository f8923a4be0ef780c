-- 500 vote rows per transaction: what the vote writer's group commit does per batch
insert into competition.vote (round_id, sequence, entrant_id, voter_hash, cast_at_ms, previous_hash, hash, client_vote_id)
select :round, nextval('bench_vote_seq'), 1 + g % 10, encode(sha256(convert_to('v' || random(), 'UTF8')), 'hex'),
       (extract(epoch from clock_timestamp()) * 1000)::bigint, repeat('0', 64),
       encode(sha256(convert_to('h' || random(), 'UTF8')), 'hex'), gen_random_uuid()::text
  from generate_series(1, 500) as g;
