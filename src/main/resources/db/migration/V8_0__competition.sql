create schema if not exists competition;

-- A contest (竞赛) organised by an organisation; org_path is this module's copy of the organiser's ltree path.
create table competition.contest (
    id                  bigserial primary key,
    name                text        not null,
    organiser_org_id    bigint      not null,
    organiser_name      text        not null,
    org_path            ltree       not null,
    level               text        not null,
    trade               text        not null,
    entry_kind          text        not null,
    description         text,
    sign_up_opens_on    date        not null,
    sign_up_closes_on   date        not null,
    contest_date        date        not null,
    eligible_trades     text[]      not null default '{}',
    min_age             integer,
    max_age             integer,
    min_skill_level     text,
    cap_prizes_at_third boolean     not null default false,
    status              text        not null,
    created_at          timestamptz not null default now(),
    version             integer     not null default 0
);
create index contest_org_path on competition.contest using gist (org_path);
create index contest_status on competition.contest (status, contest_date desc);

-- Prize classes, best first; a class may nominate its winners to the talent pool (人才库).
create table competition.prize_class (
    contest_id          bigint  not null references competition.contest (id),
    position            integer not null,
    code                text    not null,
    name                text    not null,
    quota               integer not null check (quota > 0),
    nominate_to_pool    boolean not null default false,
    primary key (contest_id, position)
);

-- One round (初赛/决赛) of weighted components; criteria is the judges' scoring sheet.
create table competition.round (
    id                  bigserial primary key,
    contest_id          bigint      not null references competition.contest (id),
    position            integer     not null,
    name                text        not null,
    weight_vote         integer     not null default 0,
    weight_judges       integer     not null default 0,
    weight_objective    integer     not null default 0,
    weight_time         integer     not null default 0,
    objective_full_marks numeric(10, 2),
    trim_from_judges    integer     not null default 5,
    tie_breakers        text        not null default '',
    advance_places      integer,
    ties_at_cut         text        not null default 'ALL_ADVANCE',
    criteria            jsonb       not null default '[]',
    status              text        not null default 'SETUP',
    ballot_opened       boolean     not null default false,
    vote_opens_at       timestamptz,
    vote_closes_at      timestamptz,
    opened_at           timestamptz,
    closed_at           timestamptz,
    published_at        timestamptz,
    published_by        bigint,
    unique (contest_id, position)
);

create table competition.round_judge (
    round_id            bigint  not null references competition.round (id),
    account_id          bigint  not null,
    name                text    not null,
    employer_org_id     bigint,
    chief               boolean not null default false,
    primary key (round_id, account_id)
);
create index round_judge_account on competition.round_judge (account_id);

-- An entry (报名): a member signs up on the portal or is nominated by a union; accepted entries get a number.
create table competition.entry (
    id                  bigserial primary key,
    contest_id          bigint      not null references competition.contest (id),
    member_id           bigint      not null,
    account_id          bigint,
    name                text        not null,
    id_number_masked    text        not null,
    employer_org_id     bigint      not null,
    employer_name       text,
    org_path            ltree       not null,
    team_name           text,
    description         text,
    nominated_by        bigint,
    status              text        not null,
    number              text,
    reason              text,
    ineligibility       text[]      not null default '{}',
    signed_up_at        timestamptz not null default now(),
    decided_at          timestamptz,
    version             integer     not null default 0,
    unique (contest_id, member_id)
);
create unique index entry_number on competition.entry (contest_id, number) where number is not null;
create index entry_account on competition.entry (account_id);
create index entry_org_path on competition.entry using gist (org_path);

create table competition.round_entrant (
    round_id            bigint  not null references competition.round (id),
    entry_id            bigint  not null references competition.entry (id),
    primary key (round_id, entry_id)
);

-- A judge's submitted sheet: locked once written (no update path exists).
create table competition.score_sheet (
    round_id            bigint        not null references competition.round (id),
    judge_account_id    bigint        not null,
    entry_id            bigint        not null references competition.entry (id),
    points              jsonb         not null,
    total               numeric(10, 2) not null,
    submitted_at        timestamptz   not null default now(),
    primary key (round_id, judge_account_id, entry_id)
);

create table competition.objective_result (
    round_id            bigint  not null references competition.round (id),
    entry_id            bigint  not null references competition.entry (id),
    score               numeric(10, 2),
    time_ms             bigint,
    primary key (round_id, entry_id)
);

-- Final online-vote counts per entrant, taken from the ballot when the round closes.
create table competition.vote_count (
    round_id            bigint  not null references competition.round (id),
    entry_id            bigint  not null references competition.entry (id),
    votes               bigint  not null check (votes >= 0),
    primary key (round_id, entry_id)
);

-- The ranking computed when a round closes; public only once the round is published.
create table competition.round_result (
    round_id            bigint        not null references competition.round (id),
    entry_id            bigint        not null references competition.entry (id),
    rank                integer       not null,
    vote_score          numeric(6, 2),
    judges_score        numeric(6, 2),
    objective_score     numeric(6, 2),
    time_score          numeric(6, 2),
    total               numeric(6, 2) not null,
    advances            boolean       not null default false,
    prize_position      integer,
    primary key (round_id, entry_id)
);

-- An award with its certificate's verification code.
create table competition.award (
    id                  bigserial primary key,
    contest_id          bigint      not null references competition.contest (id),
    entry_id            bigint      not null references competition.entry (id),
    rank                integer     not null,
    prize_code          text        not null,
    prize_name          text        not null,
    nominated_to_pool   boolean     not null default false,
    code                text        not null unique,
    awarded_on          date        not null,
    unique (contest_id, entry_id)
);
