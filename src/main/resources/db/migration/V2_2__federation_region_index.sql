-- the managing federation of a region (OrgDirectory.federationFor) is looked up per gig post
create index organisation_federation_region on org.organisation (region_code, id)
    where type in ('NATIONAL_FEDERATION', 'PROVINCIAL_FEDERATION', 'CITY_FEDERATION', 'COUNTY_FEDERATION');
