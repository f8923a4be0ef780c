-- this module's copy of the account's organisation path, kept current by OrganisationMoved, so that
-- an administrator's account list and the audit of sign-ins are filtered by subtree in SQL
alter table account.account add column org_path ltree;
create index account_org_path on account.account using gist (org_path);
