-- One worker-to-member link for the whole platform: member.member_account (V3_3__member_account.sql).
-- Mutual aid kept a link of its own (V7_0), so one account could be one member in mutual aid and
-- another in contests. Its links move to the member module's table where neither the account
-- nor the member is linked there already. The others are dropped: the account (or the member)
-- keeps the link the member module holds, and the worker whose mutual-aid link is dropped proves
-- name and ID number again in the portal (or staff unlink the other link first).
insert into member.member_account (account_id, member_id, linked_at)
select l.account_id, l.member_id, l.linked_at
  from mutualaid.member_account l
 where exists (select 1 from member.member m where m.id = l.member_id)
   and not exists (select 1 from member.member_account a where a.account_id = l.account_id)
   and not exists (select 1 from member.member_account a where a.member_id = l.member_id)
on conflict do nothing;

drop table mutualaid.member_account;
