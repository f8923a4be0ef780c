create schema if not exists assistance;

-- 低保标准: per person per month in fen, in force from a date until the next value of the same region
create table assistance.minimum_living_standard (
    region_code     text        not null check (region_code ~ '^[0-9]{6}$'),
    effective_from  date        not null,
    amount_fen      bigint      not null check (amount_fen > 0),
    recorded_by     bigint,
    recorded_at     timestamptz not null default now(),
    primary key (region_code, effective_from)
);

-- a household's hardship file; income and health details are encrypted in personal_cipher
create table assistance.hardship_case (
    id                        uuid        primary key,
    member_id                 bigint      not null,
    member_name               text        not null,
    applicant_account_id      bigint,
    org_id                    bigint      not null,
    org_path                  ltree       not null,
    region_code               text        not null,
    applied_on                date        not null,
    personal_cipher           bytea       not null,
    standard_region           text        not null,
    standard_from             date        not null,
    standard_fen              bigint      not null,
    proposed_category         text,
    category                  text,
    category_override_reason  text,
    status                    text        not null,
    notice_first_day          date,
    notice_last_day           date,
    approved_on               date,
    recheck_due               date,
    rejection_reason          text,
    exit_reason               text,
    exited_on                 date,
    version                   bigint      not null default 0,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now()
);
create index hardship_case_org_path on assistance.hardship_case using gist (org_path);
create index hardship_case_status on assistance.hardship_case (status, region_code);
create index hardship_case_member on assistance.hardship_case (member_id);
create index hardship_case_applicant on assistance.hardship_case (applicant_account_id);
-- one open file per household (全总《困难职工档案管理办法》: 一户一档); closed files stay as history
create unique index hardship_case_one_open_per_member on assistance.hardship_case (member_id)
    where status in ('SUBMITTED', 'VERIFIED', 'IN_NOTICE', 'APPROVED', 'ACTIVE');

create table assistance.hardship_case_step (
    case_id           uuid        not null references assistance.hardship_case (id),
    seq               integer     not null,
    action            text        not null,
    actor_account_id  bigint      not null,
    actor_name        text        not null,
    actor_role        text        not null,
    at                timestamptz not null,
    from_status       text        not null,
    to_status         text        not null,
    note              text        not null,
    primary key (case_id, seq)
);

create table assistance.hardship_objection (
    case_id          uuid        not null references assistance.hardship_case (id),
    number           integer     not null,
    raised_by        text        not null,
    content          text        not null,
    raised_on        date        not null,
    status           text        not null,
    resolution_note  text,
    resolved_at      timestamptz,
    primary key (case_id, number)
);

-- supporting documents of a case or a student award, kept in the database
create table assistance.document (
    id            uuid        primary key,
    owner_kind    text        not null,
    owner_id      uuid        not null,
    org_path      ltree       not null,
    filename      text        not null,
    content_type  text        not null,
    size_bytes    integer     not null,
    content       bytea       not null,
    uploaded_by   bigint,
    uploaded_at   timestamptz not null default now()
);
create index document_owner on assistance.document (owner_kind, owner_id);

-- 送温暖 campaigns
create table assistance.campaign (
    id          uuid        primary key,
    name        text        not null,
    starts_on   date        not null,
    ends_on     date        not null,
    org_id      bigint      not null,
    org_path    ltree       not null,
    created_by  bigint,
    created_at  timestamptz not null default now()
);
create index campaign_org_path on assistance.campaign using gist (org_path);

create table assistance.campaign_standard (
    campaign_id  uuid   not null references assistance.campaign (id),
    category     text   not null,
    amount_fen   bigint not null check (amount_fen > 0),
    primary key (campaign_id, category)
);

-- the budget row is the lock of concurrent payments: spent never passes budget
create table assistance.campaign_budget (
    campaign_id  uuid   not null references assistance.campaign (id),
    org_id       bigint not null,
    org_path     ltree  not null,
    org_name     text   not null,
    budget_fen   bigint not null check (budget_fen >= 0),
    spent_fen    bigint not null default 0,
    primary key (campaign_id, org_id),
    check (spent_fen >= 0 and spent_fen <= budget_fen)
);

create table assistance.campaign_recipient (
    campaign_id  uuid        not null references assistance.campaign (id),
    household_id bigint      not null,
    member_id    bigint      not null,
    member_name  text        not null,
    org_id       bigint      not null,
    org_path     ltree       not null,
    category     text        not null,
    amount_fen   bigint      not null check (amount_fen > 0),
    note         text,
    removed      boolean     not null default false,
    added_at     timestamptz not null default now(),
    primary key (campaign_id, household_id)
);
create index campaign_recipient_org_path on assistance.campaign_recipient using gist (org_path);

-- one payment per household per campaign, enforced here whatever the callers do
create table assistance.campaign_payment (
    id            uuid        primary key,
    campaign_id   uuid        not null references assistance.campaign (id),
    household_id  bigint      not null,
    member_id     bigint      not null,
    member_name   text        not null,
    budget_org_id bigint      not null,
    org_path      ltree       not null,
    category      text        not null,
    kind          text        not null,
    amount_fen    bigint      not null check (amount_fen > 0),
    description   text        not null,
    recorded_by   bigint      not null,
    recorded_at   timestamptz not null,
    unique (campaign_id, household_id)
);
create index campaign_payment_org_path on assistance.campaign_payment using gist (org_path);

-- 金秋助学: amounts by school level and household type
create table assistance.student_aid_amount (
    level           text   not null,
    household_type  text   not null,
    amount_fen      bigint not null check (amount_fen > 0),
    primary key (level, household_type)
);
-- Tianmen 2024 (RULES.md): university / junior college 5,000 and 4,000; senior secondary / vocational 3,000 and 2,000
insert into assistance.student_aid_amount (level, household_type, amount_fen) values
    ('UNIVERSITY_UNDERGRADUATE', 'FILED_HARDSHIP', 500000), ('UNIVERSITY_UNDERGRADUATE', 'OTHER_HARDSHIP', 400000),
    ('JUNIOR_COLLEGE', 'FILED_HARDSHIP', 500000), ('JUNIOR_COLLEGE', 'OTHER_HARDSHIP', 400000),
    ('SENIOR_SECONDARY', 'FILED_HARDSHIP', 300000), ('SENIOR_SECONDARY', 'OTHER_HARDSHIP', 200000),
    ('VOCATIONAL', 'FILED_HARDSHIP', 300000), ('VOCATIONAL', 'OTHER_HARDSHIP', 200000);

create table assistance.student_award (
    id                 uuid        primary key,
    aid_year           integer     not null,
    student_key        bytea       not null,
    student_name       text        not null,
    student_id_cipher  bytea       not null,
    student_id_masked  text        not null,
    school             text        not null,
    level              text        not null,
    household_type     text        not null,
    amount_fen         bigint      not null check (amount_fen > 0),
    member_id          bigint      not null,
    member_name        text        not null,
    org_id             bigint      not null,
    org_path           ltree       not null,
    recorded_by        bigint      not null,
    recorded_at        timestamptz not null,
    -- one award per student per year (no double funding)
    unique (aid_year, student_key)
);
create index student_award_org_path on assistance.student_award using gist (org_path);
