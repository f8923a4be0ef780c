-- Mutual aid (职工互助保障): plans with yearly terms, enrolments, claims and payouts.
-- Money in fen (bigint), ratios in basis points (integer); never floating point.
create schema if not exists mutualaid;

-- A plan is kept by a federation (org_path of its owner); organisations below it enrol their members.
create table mutualaid.plan (
    id          bigserial primary key,
    name        text        not null,
    kind        text        not null,
    description text,
    org_id      bigint      not null,
    org_path    ltree       not null,
    created_at  timestamptz not null default now(),
    version     integer     not null default 0
);
create unique index plan_name on mutualaid.plan (org_id, name);
create index plan_org_path on mutualaid.plan using gist (org_path);

create table mutualaid.plan_terms (
    id                      bigserial primary key,
    plan_id                 bigint  not null references mutualaid.plan (id),
    year                    integer not null,
    premium_fen             bigint  not null check (premium_fen >= 0),
    exclusion_days          integer not null check (exclusion_days >= 0),
    reduced_payout_until    integer not null,
    reduced_payout_bp       integer not null check (reduced_payout_bp between 0 and 10000),
    deductible_fen          bigint  not null check (deductible_fen >= 0),
    payout_ratio_bp         integer not null check (payout_ratio_bp between 0 and 10000),
    yearly_cap_fen          bigint  not null check (yearly_cap_fen > 0),
    continuity_grace_days   integer not null check (continuity_grace_days >= 0),
    -- null: any diagnosis; else the named list (code, name) the plan restricts cover to
    disease_list_name       text,
    diseases                jsonb,
    unique (plan_id, year)
);

create table mutualaid.enrolment (
    id             bigserial primary key,
    plan_id        bigint      not null references mutualaid.plan (id),
    year           integer     not null,
    member_id      bigint      not null,
    member_name    text        not null,
    id_number_masked text      not null,
    org_id         bigint      not null,
    org_path       ltree       not null,
    first_day      date        not null,
    last_day       date        not null,
    premium_fen    bigint      not null,
    certificate_no text        not null unique,
    enrolled_at    timestamptz not null default now(),
    enrolled_by    bigint,
    -- a member is enrolled once per plan and year
    unique (plan_id, year, member_id)
);
create index enrolment_org_path on mutualaid.enrolment using gist (org_path);
create index enrolment_member on mutualaid.enrolment (member_id, plan_id);

-- The worker account that speaks for a member in the portal, linked after the worker proved
-- name and ID number against the roster.
create table mutualaid.member_account (
    account_id bigint      primary key,
    member_id  bigint      not null unique,
    linked_at  timestamptz not null default now()
);

create table mutualaid.claim (
    id                bigserial primary key,
    plan_id           bigint      not null references mutualaid.plan (id),
    year              integer     not null,
    member_id         bigint      not null,
    member_name       text        not null,
    org_id            bigint      not null,
    org_path          ltree       not null,
    event_date        date        not null,
    -- health data: encrypted at rest (AES-GCM); every read by a person is audited
    diagnosis_code_cipher bytea   not null,
    diagnosis_cipher  bytea       not null,
    status            text        not null,
    claimed_fen       bigint      not null,
    payable_fen       bigint      not null,
    computation       jsonb       not null,
    zero_reason       text,
    reason            text,
    submitted_by      bigint,
    submitted_at      timestamptz not null default now(),
    decided_by        bigint,
    decided_at        timestamptz,
    version           integer     not null default 0
);
create index claim_org_path on mutualaid.claim using gist (org_path);
create index claim_member on mutualaid.claim (member_id, plan_id, year);
create index claim_status on mutualaid.claim (status, submitted_at);

create table mutualaid.claim_invoice (
    id            bigserial primary key,
    claim_id      bigint not null references mutualaid.claim (id),
    number        text   not null,
    amount_fen    bigint not null check (amount_fen >= 0),
    self_paid_fen bigint not null check (self_paid_fen >= 0 and self_paid_fen <= amount_fen)
);
create index claim_invoice_claim on mutualaid.claim_invoice (claim_id);

create table mutualaid.claim_document (
    id           bigserial primary key,
    claim_id     bigint      not null references mutualaid.claim (id),
    kind         text        not null,
    filename     text        not null,
    content_type text        not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null default now()
);
create index claim_document_claim on mutualaid.claim_document (claim_id);

-- One row per member, plan and year: approvals lock it, so two approvals at once cannot
-- together exceed the yearly cap.
create table mutualaid.cap_ledger (
    member_id     bigint  not null,
    plan_id       bigint  not null,
    year          integer not null,
    committed_fen bigint  not null default 0,
    primary key (member_id, plan_id, year)
);

-- A claim is paid once: the unique claim_id refuses a second payout.
create table mutualaid.payout (
    id         bigserial primary key,
    claim_id   bigint      not null unique references mutualaid.claim (id),
    member_id  bigint      not null,
    amount_fen bigint      not null check (amount_fen > 0),
    reference  text,
    paid_at    timestamptz not null default now(),
    paid_by    bigint
);
