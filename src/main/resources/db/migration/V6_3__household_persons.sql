-- union members declared (by ID number) as household members of a file: one household, one file
create table assistance.household_person (
    case_id    uuid   not null references assistance.hardship_case (id),
    member_id  bigint not null,
    primary key (case_id, member_id)
);
create index household_person_member on assistance.household_person (member_id);
