create schema if not exists gig;

-- minimum wages per region (GB/T 2260 code), as staff enter them from the provincial notices
create table gig.minimum_wage (
    id             bigserial primary key,
    region_code    text        not null,
    effective_from date        not null,
    hourly_fen     bigint      not null check (hourly_fen > 0),
    monthly_fen    bigint      not null check (monthly_fen > 0),
    entered_by     bigint,
    entered_at     timestamptz not null default now(),
    unique (region_code, effective_from)
);

-- employers blocked by staff: no new posts, existing posts leave the search
create table gig.employer_block (
    employer_account_id bigint primary key,
    employer_name       text        not null,
    reason              text        not null,
    org_path            ltree       not null,
    blocked_by          bigint,
    blocked_at          timestamptz not null default now()
);

create table gig.post (
    id                    bigserial primary key,
    employer_account_id   bigint      not null,
    employer_name         text        not null,
    -- set for an enterprise employer (verified credit code), null for an individual
    employer_org_id       bigint,
    credit_code           text,
    -- the managing union's path: the employer's union, or the root for individuals
    org_path              ltree       not null,
    site_id               bigint,
    title                 text        not null,
    trade                 text        not null,
    description           text        not null,
    requirements          text,
    required_level        text,
    pay_unit              text        not null,
    pay_fen               bigint      not null check (pay_fen > 0),
    estimated_hourly_fen  bigint,
    -- what the pay comes to per hour (day / 8, piece → estimate), for the pay filter
    hourly_equivalent_fen bigint      not null,
    minimum_wage_checked  boolean     not null,
    region_code           text        not null,
    address               text        not null,
    lat                   double precision not null,
    lon                   double precision not null,
    work_date             date        not null,
    start_time            time        not null,
    end_time              time        not null,
    headcount             integer     not null check (headcount > 0),
    instant_hire          boolean     not null default false,
    expires_at            timestamptz,
    status                text        not null,
    hidden_reason         text,
    -- smartcn-segmented title, trade and description (see ChineseSegmenter)
    search_text           tsvector    not null,
    created_at            timestamptz not null default now()
);
create index post_search on gig.post using gin (search_text);
create index post_place on gig.post using gist (ll_to_earth(lat, lon));
create index post_open on gig.post (status, work_date);
create index post_employer on gig.post (employer_account_id, created_at desc);
create index post_org_path on gig.post using gist (org_path);

create table gig.worker_profile (
    account_id        bigint primary key,
    name              text        not null,
    phone             text,
    trades            text[]      not null,
    skills            text[]      not null,
    skill_level       text,
    areas             text[]      not null,
    lat               double precision,
    lon               double precision,
    -- weekly availability: ISO weekdays (1 = Monday) and the hours of the day
    available_days    integer[]   not null,
    available_from    time        not null,
    available_until   time        not null,
    updated_at        timestamptz not null default now()
);

create table gig.application (
    id                bigserial primary key,
    post_id           bigint      not null references gig.post (id),
    worker_account_id bigint      not null,
    status            text        not null,
    note              text,
    applied_at        timestamptz not null default now(),
    offered_at        timestamptz,
    answered_at       timestamptz,
    unique (post_id, worker_account_id)
);
create index application_worker on gig.application (worker_account_id, applied_at desc);

create table gig.rating (
    id             bigserial primary key,
    application_id bigint      not null references gig.application (id),
    -- WORKER rates the employer, EMPLOYER rates the worker
    by_side        text        not null,
    stars          integer     not null check (stars between 1 and 5),
    comment        text,
    rated_at       timestamptz not null default now(),
    unique (application_id, by_side)
);

create table gig.unpaid_report (
    id                  bigserial primary key,
    application_id      bigint      not null unique references gig.application (id),
    post_id             bigint      not null,
    worker_account_id   bigint      not null,
    employer_account_id bigint      not null,
    org_path            ltree       not null,
    amount_fen          bigint,
    note                text,
    reported_at         timestamptz not null default now(),
    handled_at          timestamptz,
    handled_by          bigint
);
create index unpaid_report_org_path on gig.unpaid_report using gist (org_path);

create table gig.job_fair (
    id          bigserial primary key,
    title       text        not null,
    description text        not null,
    venue       text        not null,
    site_id     bigint,
    region_code text        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    org_path    ltree       not null,
    created_at  timestamptz not null default now(),
    check (ends_at > starts_at)
);

create table gig.job_fair_position (
    id            bigserial primary key,
    fair_id       bigint  not null references gig.job_fair (id),
    employer_name text    not null,
    title         text    not null,
    headcount     integer not null check (headcount > 0),
    pay_text      text
);
create index job_fair_position_fair on gig.job_fair_position (fair_id);

create table gig.job_fair_signup (
    fair_id           bigint      not null references gig.job_fair (id),
    worker_account_id bigint      not null,
    signed_up_at      timestamptz not null default now(),
    primary key (fair_id, worker_account_id)
);

create table gig.policy_article (
    id           bigserial primary key,
    title        text        not null,
    body         text        not null,
    source       text,
    published_on date        not null,
    search_text  tsvector    not null,
    created_at   timestamptz not null default now()
);
create index policy_article_search on gig.policy_article using gin (search_text);
