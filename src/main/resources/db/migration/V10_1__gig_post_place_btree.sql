-- The public search's place test becomes a latitude/longitude box (then the exact earth_distance) on a
-- btree of open posts: the planner estimates a range on lat/lon from the column statistics and can
-- AND its bitmap with the GIN text index. The GiST on ll_to_earth(lat, lon) it replaces was the only
-- index the earth_box test could use, and the planner's constant estimate for that test (100 rows)
-- made it take the GiST alone and check text, dates and pay row by row on the heap.
create index post_open_place on gig.post (lat, lon, work_date) where status = 'OPEN';
drop index gig.post_place;
