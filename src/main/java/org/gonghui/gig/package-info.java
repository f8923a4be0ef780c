/**
 * The gig-work market (零工市场): the rules a job post must pass (minimum wage, instant-hire
 * expiry), Chinese search text for PostgreSQL full-text search, and the ranking of
 * candidates an employer sees for a job.
 */
@NullMarked
package org.gonghui.gig;

import org.jspecify.annotations.NullMarked;
