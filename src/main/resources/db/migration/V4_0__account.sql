create schema if not exists account;

create table account.account (
    id            bigserial primary key,
    username      text        not null,
    password_hash text        not null,
    display_name  text        not null,
    role          text        not null,
    org_id        bigint,
    enabled       boolean     not null default true,
    failed_logins integer     not null default 0,
    locked_until  timestamptz,
    created_at    timestamptz not null default now()
);
create unique index account_username on account.account (lower(username));
create index account_org on account.account (org_id);

-- bearer tokens for API clients; only a hash of each token is kept
create table account.api_token (
    token_hash bytea primary key,
    account_id bigint      not null references account.account (id) on delete cascade,
    expires_at timestamptz not null,
    created_at timestamptz not null default now()
);
create index api_token_expiry on account.api_token (expires_at);
