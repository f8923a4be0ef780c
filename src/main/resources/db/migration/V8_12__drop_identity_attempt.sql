-- Workers no longer prove who they are on the contest pages: the account is linked once on
-- the member module's 实名认证 page (with a code sent to the roster phone), so the counted
-- attempts of the contest's own name-and-ID-number check have nothing left to count.
drop table competition.identity_attempt;
