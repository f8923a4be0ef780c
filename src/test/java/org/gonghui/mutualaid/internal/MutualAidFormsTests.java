package org.gonghui.mutualaid.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MutualAidFormsTests {

	@Test
	void termsFromYuanAndPercentTakeTheTianjinWaitingPeriodByDefault_premium55Ratio60Cap10000() {
		PlanTerms terms = new Forms.TermsForm("55", null, null, null, "500", "60", "10,000", null, null, null, null)
			.toTerms();

		assertThat(terms.premiumPerMemberPerYear()).isEqualTo(Money.ofYuan(55));
		assertThat(terms.deductible()).isEqualTo(Money.ofYuan(500));
		assertThat(terms.payoutRatio()).isEqualTo(Ratio.percent(60));
		assertThat(terms.yearlyCapPerMember()).isEqualTo(Money.ofYuan(10_000));
		assertThat(terms.exclusionDays()).isEqualTo(30);
		assertThat(terms.reducedPayoutUntilDay()).isEqualTo(90);
		assertThat(terms.reducedPayoutFactor()).isEqualTo(Ratio.percent(50));
		assertThat(terms.coveredDiseases()).isNull();
	}

	@Test
	void diseaseListFromOneCodeAndNameALine() {
		PlanTerms terms = new Forms.TermsForm("40", 30, 90, "50", "200", "70", "30000", 30, "高原病种", null,
				"HA-HAPE 高原肺水肿\n\nHA-HACE  高原脑水肿\n")
			.toTerms();

		assertThat(terms.covers("HA-HAPE")).isTrue();
		assertThat(terms.covers("ha-hace")).isTrue();
		assertThat(terms.covers("J18")).isFalse();
		assertThat(terms.coveredDiseases().name()).isEqualTo("高原病种");
	}

	@Test
	void refusesARatioAbove100PercentOrNotANumber() {
		assertThatThrownBy(() -> Forms.percent("120")).isInstanceOf(GonghuiException.class);
		assertThatThrownBy(() -> Forms.percent("六十")).isInstanceOf(GonghuiException.class);
		assertThat(Forms.percent("62.5%")).isEqualTo(new Ratio(6250));
	}

	@Test
	void documentTypeComesFromTheFirstBytesNotTheName() {
		assertThat(ClaimService.contentType("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo("application/pdf");
		assertThat(ClaimService.contentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.isEqualTo("image/jpeg");
		assertThat(ClaimService.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).isEqualTo("image/png");
		assertThat(ClaimService.contentType("<html><script>".getBytes(StandardCharsets.UTF_8))).isNull();
		assertThat(ClaimService.contentType(new byte[] { 'M', 'Z' })).isNull();
	}

}
