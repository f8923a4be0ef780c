package org.gonghui.mutualaid.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.gonghui.mutualaid.CoveredDisease;
import org.gonghui.mutualaid.DiseaseList;
import org.gonghui.mutualaid.Invoice;
import org.gonghui.mutualaid.NewClaim;
import org.gonghui.mutualaid.PlanKind;
import org.gonghui.mutualaid.PlanTerms;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.money.Ratio;
import org.gonghui.shared.web.GonghuiException;

/**
 * The request bodies and page forms of mutual aid; amounts as yuan text, ratios in
 * percent.
 */
final class Forms {

	private Forms() {
	}

	record PlanForm(@NotBlank(message = "{mutual-aid.plan.name-required}") @Size(max = 100) String name,
			@NotNull(message = "{mutual-aid.plan.kind-required}") PlanKind kind,
			@Nullable @Size(max = 2000) String description) {
	}

	/**
	 * A year's terms. Omitted waiting-period fields take the Tianjin defaults (30 days
	 * excluded, reduced payout to day 90 at 50 %, 30 days' renewal grace); no disease
	 * list means any diagnosis.
	 *
	 * @param diseasesText for the page form: one disease a line, "code name"
	 */
	record TermsForm(@NotBlank(message = "{money.required}") String premium, @Nullable Integer exclusionDays,
			@Nullable Integer reducedPayoutUntilDay, @Nullable String reducedPayoutPercent,
			@NotBlank(message = "{money.required}") String deductible,
			@NotBlank(message = "{mutual-aid.terms.percent}") String payoutRatioPercent,
			@NotBlank(message = "{money.required}") String yearlyCap, @Nullable Integer continuityGraceDays,
			@Nullable @Size(max = 100) String diseaseListName, @Nullable @Valid List<DiseaseForm> diseases,
			@Nullable String diseasesText) {

		PlanTerms toTerms() {
			PlanTerms terms = new PlanTerms(Money.parse(this.premium),
					orDefault(this.exclusionDays, PlanTerms.DEFAULT_EXCLUSION_DAYS),
					orDefault(this.reducedPayoutUntilDay, PlanTerms.DEFAULT_REDUCED_PAYOUT_UNTIL_DAY),
					this.reducedPayoutPercent == null || this.reducedPayoutPercent.isBlank()
							? PlanTerms.DEFAULT_REDUCED_PAYOUT_FACTOR : percent(this.reducedPayoutPercent),
					null, Money.parse(this.deductible), percent(this.payoutRatioPercent), Money.parse(this.yearlyCap),
					orDefault(this.continuityGraceDays, PlanTerms.DEFAULT_CONTINUITY_GRACE_DAYS));
			List<CoveredDisease> list = new ArrayList<>();
			if (this.diseases != null) {
				this.diseases.forEach(d -> list.add(new CoveredDisease(d.code().strip(), d.name().strip())));
			}
			if (this.diseasesText != null) {
				for (String line : this.diseasesText.split("\\R")) {
					String[] parts = line.strip().split("\\s+", 2);
					if (!parts[0].isEmpty()) {
						list.add(new CoveredDisease(parts[0], parts.length > 1 ? parts[1].strip() : parts[0]));
					}
				}
			}
			if (list.isEmpty()) {
				return terms;
			}
			String name = this.diseaseListName == null || this.diseaseListName.isBlank() ? "保障病种目录"
					: this.diseaseListName.strip();
			return terms.restrictedTo(new DiseaseList(name, list));
		}

		private static int orDefault(@Nullable Integer value, int fallback) {
			return value == null ? fallback : value;
		}

	}

	record DiseaseForm(@NotBlank @Size(max = 30) String code, @NotBlank @Size(max = 100) String name) {
	}

	record EnrolmentForm(@NotNull Long planId, @NotNull Integer year, @NotNull Long orgId,
			@Nullable LocalDate coverFrom) {
	}

	record ClaimForm(@NotNull Long memberId, @NotNull Long planId, @NotNull LocalDate eventDate,
			@NotBlank(message = "{claim.diagnosis-required}") @Size(max = 30) String diagnosisCode,
			@NotBlank(message = "{claim.diagnosis-required}") @Size(max = 500) String diagnosis,
			@NotEmpty(message = "{claim.invoices-required}") @Size(max = 50) @Valid List<InvoiceForm> invoices) {

		NewClaim toClaim(LocalDate today) {
			if (this.eventDate.isAfter(today)) {
				throw GonghuiException.invalidField("eventDate", "mutual-aid.claim.event-date-future");
			}
			return new NewClaim(this.memberId, this.planId, this.eventDate, this.diagnosisCode.strip(),
					this.diagnosis.strip(), this.invoices.stream().map(InvoiceForm::toInvoice).toList());
		}

	}

	record InvoiceForm(@NotBlank @Size(max = 50) String number, @NotBlank(message = "{money.required}") String amount,
			@NotBlank(message = "{money.required}") String selfPaid) {

		Invoice toInvoice() {
			return new Invoice(this.number.strip(), Money.parse(this.amount), Money.parse(this.selfPaid));
		}

	}

	record Decision(@Nullable @Size(max = 500) String reason) {
	}

	record Payout(@Nullable @Size(max = 100) String reference) {
	}

	static Ratio percent(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip().replace("%", ""));
			if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw GonghuiException.invalid("mutual-aid.terms.percent");
			}
			return Ratio.of(value.movePointLeft(2));
		}
		catch (NumberFormatException ex) {
			throw GonghuiException.invalid("mutual-aid.terms.percent");
		}
	}

}
