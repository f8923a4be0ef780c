create schema if not exists audit;

-- who did what to which record, and every read of personal data; org_path is where the record
-- sits in the union tree so that staff search only their own subtree
create table audit.audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor_id    bigint,
    actor_name  text        not null,
    action      text        not null,
    entity_type text        not null,
    entity_id   text,
    org_path    ltree,
    summary     text,
    changes     jsonb,
    client_ip   text
);
create index audit_event_at on audit.audit_event (at desc);
create index audit_event_org_path on audit.audit_event using gist (org_path);
create index audit_event_entity on audit.audit_event (entity_type, entity_id);
