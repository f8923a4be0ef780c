-- V2_3's btree on the name was not enough: with other statistics (the CI server's test database) the
-- planner still answered a list of 500 names from the trigram index. The union lookup now compares
-- under the "C" collation, which only this index has, so the trigram index cannot serve it (equality
-- is byte equality under either collation)
drop index if exists org.organisation_name;
create index organisation_name_c on org.organisation ((name collate "C"));
