-- Workers read their own hardship files (ownDetail, my-cases) through the member module's
-- account link (member.member_account, V3_3__member_account.sql). Workers who filed for
-- themselves before the self-application proved and linked the account have a file with
-- applicant_account_id set but no link, and would lose sight of their files. Each such
-- account is linked to the member of its earliest self-application. As in
-- V7_2__one_member_account_link.sql, an account or a member already linked keeps its link
-- (on conflict do nothing), and a pair staff unlinked (member.member_account_unlinked)
-- stays unlinked; those workers prove name and ID number again in the portal.
insert into member.member_account (account_id, member_id, linked_at)
select first.applicant_account_id, first.member_id, first.created_at
  from (select distinct on (c.applicant_account_id) c.applicant_account_id, c.member_id, c.created_at
          from assistance.hardship_case c
         where c.applicant_account_id is not null
         order by c.applicant_account_id, c.created_at, c.id) first
 where exists (select 1 from member.member m where m.id = first.member_id)
   and not exists (select 1 from member.member_account_unlinked u
                    where u.account_id = first.applicant_account_id and u.member_id = first.member_id)
 order by first.created_at
on conflict do nothing;
