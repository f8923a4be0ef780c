/**
 * A deterministic demo city (襄阳): the union tree from the national federation down to
 * grassroots unions, their employers, members and demo accounts, generated from a seed as
 * plain rows that the integrator inserts through the organisation and member modules.
 */
@NullMarked
package org.gonghui.demo;

import org.jspecify.annotations.NullMarked;
