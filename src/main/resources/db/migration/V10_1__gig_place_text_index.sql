-- "水暖工 within 10 km": the cube operators' selectivity is a constant, so the planner never combines
-- the place's GiST index with the text's GIN index; it scans the box and checks the text of every post
-- in it on the heap. One GiST index over both lets the box scan test the text in the index itself.
create index post_place_text on gig.post using gist (ll_to_earth(lat, lon), search_text);
