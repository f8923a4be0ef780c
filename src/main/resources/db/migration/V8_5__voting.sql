-- Online public voting (网络投票) for contest rounds. Contest tables are another part of the
-- module: rounds, contests and entrants are referred to by id only.
create schema if not exists competition;

-- one ballot per round; the head (vote_count, head_hash) is the chain's checkpoint and
-- the row the single vote writer locks per batch
create table competition.ballot (
    round_id      bigint primary key,
    contest_id    bigint      not null,
    contest_name  text        not null,
    round_name    text        not null,
    org_path      ltree       not null,
    period        text        not null,
    votes_allowed integer     not null check (votes_allowed >= 1),
    opens_at      timestamptz not null,
    closes_at     timestamptz not null,
    closed_at     timestamptz,
    vote_count    bigint      not null default 0,
    head_hash     text        not null default repeat('0', 64),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index ballot_org_path on competition.ballot using gist (org_path);

create table competition.ballot_candidate (
    round_id    bigint  not null references competition.ballot (round_id) on delete cascade,
    entrant_id  bigint  not null,
    position    integer not null,
    number      text    not null,
    name        text    not null,
    description text    not null,
    photo_url   text,
    primary key (round_id, entrant_id)
);

-- the hash-chained vote log (docs/vote-recount.md): one chain per round, sequence 1, 2, 3 …
create table competition.vote (
    round_id       bigint not null,
    sequence       bigint not null,
    entrant_id     bigint not null,
    voter_hash     text   not null,
    cast_at_ms     bigint not null,
    previous_hash  text   not null,
    hash           text   not null,
    -- the client's id for this vote: a retry with the same id is answered with this row
    client_vote_id text   not null,
    primary key (round_id, sequence)
);
create unique index vote_voter_client on competition.vote (round_id, voter_hash, client_vote_id);

-- the live tally, written in the same transaction as the votes it counts
create table competition.vote_tally (
    round_id   bigint not null,
    entrant_id bigint not null,
    votes      bigint not null,
    primary key (round_id, entrant_id)
);

-- one-time codes sent by SMS; the number and the code are kept only as keyed hashes
create table competition.vote_code (
    id          bigserial primary key,
    round_id    bigint      not null,
    mobile_hash text        not null,
    code_hash   text        not null,
    expires_at  timestamptz not null,
    attempts    integer     not null default 0,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index vote_code_mobile on competition.vote_code (round_id, mobile_hash, created_at desc);

-- verification tokens issued to voters (signed, so checking one needs no lookup; kept for the record)
create table competition.voter_token (
    id         uuid primary key,
    round_id   bigint      not null,
    voter_hash text        not null,
    method     text        not null,
    issued_at  timestamptz not null default now(),
    expires_at timestamptz not null
);
create index voter_token_round on competition.voter_token (round_id, voter_hash);

-- bursts of accepted votes from one network (/24, or /64 for IPv6) within a minute, for the organiser
create table competition.vote_flag (
    round_id     bigint      not null,
    network      text        not null,
    window_start timestamptz not null,
    votes        integer     not null,
    flagged_at   timestamptz not null default now(),
    primary key (round_id, network, window_start)
);
