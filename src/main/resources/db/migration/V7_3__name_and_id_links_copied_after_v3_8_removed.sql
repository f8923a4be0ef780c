-- V3_8 removes the links made by name and ID number alone. Versions are applied in order, so on a
-- database that was still behind V6_4 or V7_2 when V3_8 came, those two ran after it and copied
-- such links in again (from hardship self-applications and from mutual aid's own links): they are
-- removed here as well, audited alike. On every other database V3_8 ran after V7_2 and there is
-- nothing to do; links made since by 实名认证 or by staff are later than V7_2 and never touched.
do $$
begin
    if (select installed_rank from flyway_schema_history where version = '3.8')
       > (select installed_rank from flyway_schema_history where version = '7.2') then
        return;
    end if;
    with removed as (
        delete from member.member_account
         where linked_at <= (select installed_on from flyway_schema_history where version = '7.2')
        returning account_id, member_id, linked_at
    )
    insert into audit.audit_event (actor_name, action, entity_type, entity_id, org_path, summary)
    select 'system', 'DELETE', 'member-account', r.member_id::text, m.org_path,
           '职工账号 #' || r.account_id || ' 于 ' || to_char(r.linked_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')
               || ' 仅凭姓名和身份证号绑定会员 ' || m.name || '，绑定已解除：职工需在“实名认证”页面用发送到名册手机的验证码重新绑定'
      from removed r
      join member.member m on m.id = r.member_id;
end
$$;
