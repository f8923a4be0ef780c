/**
 * Labour and skill contests (劳动和技能竞赛): the rules of a round (weighted components, judges'
 * scoring sheets, normalisation), ranking with tie-breaks, advancement, prize classes,
 * eligibility, judge conflicts, vote limits, the tamper-evident vote log and award
 * certificates. Pure domain: no persistence or web here.
 */
@NullMarked
package org.gonghui.competition;

import org.jspecify.annotations.NullMarked;
