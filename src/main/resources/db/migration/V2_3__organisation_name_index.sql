-- a roster import looks its unions up by exact name, 500 at a time; the trigram index answers equality
-- too, but a list of 500 names that share most trigrams (…有限公司工会委员会) took 2 s against 300 000
-- organisations, and a btree takes 50 ms
create index organisation_name on org.organisation (name);
