package org.gonghui.competition.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.gonghui.audit.AuditAction;
import org.gonghui.audit.AuditEntry;
import org.gonghui.audit.AuditLog;
import org.gonghui.competition.Certificate;
import org.gonghui.competition.CertificateRenderer;
import org.gonghui.competition.VerificationCode;
import org.gonghui.competition.internal.EntryRepository.StoredEntry;
import org.gonghui.competition.internal.ScoreRepository.AwardRow;
import org.gonghui.competition.internal.ScoreRepository.ResultRow;
import org.gonghui.shared.security.DataScope;
import org.gonghui.shared.sheet.SheetColumn;
import org.gonghui.shared.sheet.XlsxWriter;
import org.gonghui.shared.web.Messages;

/**
 * Spreadsheets of entrants and results (ID numbers masked, every export audited) and
 * award certificates as PDF.
 */
@Service
class ContestDocuments {

	private final ContestQueries queries;

	private final AuditLog audit;

	private final Messages messages;

	private final CertificateRenderer renderer = CertificateRenderer.withBestAvailableFont();

	private final String publicBaseUrl;

	ContestDocuments(ContestQueries queries, AuditLog audit, Messages messages,
			@Value("${gonghui.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.queries = queries;
		this.audit = audit;
		this.messages = messages;
		this.publicBaseUrl = publicBaseUrl;
	}

	void exportEntries(DataScope scope, long contestId, OutputStream out) {
		StoredContest contest = this.queries.contestWithin(scope, contestId);
		List<StoredEntry> entries = this.queries.entries(contestId, null);
		List<SheetColumn> columns = List.of(SheetColumn.of("number", "参赛号"), SheetColumn.of("name", "姓名"),
				SheetColumn.of("id", "身份证号（脱敏）"), SheetColumn.of("employer", "工作单位"), SheetColumn.of("team", "队名"),
				SheetColumn.of("members", "队员（身份证号脱敏）"), SheetColumn.of("status", "状态"), SheetColumn.of("reason", "理由"),
				SheetColumn.of("eligibility", "资格审查"), SheetColumn.of("signedUp", "报名时间"));
		try (XlsxWriter writer = XlsxWriter.open(out, "参赛选手", columns)) {
			for (StoredEntry entry : entries) {
				List<String> reasons = entry.ineligibility().stream().map((key) -> this.messages.text(key)).toList();
				writer.row(entry.number(), entry.name(), entry.idNumberMasked(), entry.employerName(), entry.teamName(),
						entry.teamName() == null ? null : members(entry),
						this.messages.text("competition.entry.status." + entry.status()), entry.reason(),
						reasons.isEmpty() ? "符合" : String.join("；", reasons),
						java.time.LocalDateTime.ofInstant(entry.signedUpAt(), org.gonghui.shared.BusinessTime.ZONE));
			}
		}
		this.audit.record(AuditEntry.of(AuditAction.EXPORT, "contest-entry", contestId, contest.orgPath(),
				"导出参赛选手「" + contest.name() + "」" + entries.size() + " 条"));
	}

	/**
	 * Only a member who joined on an invitation has confirmed: the captain signed up, and
	 * a union nominated its members.
	 */
	private String state(StoredEntry entry, EntryRepository.EntryMember member) {
		if (member.captain()) {
			return "";
		}
		return " " + this.messages.text(entry.nominatedBy() != null ? "competition.member.state.nominated"
				: "competition.member.state.confirmed");
	}

	/**
	 * A team's members for the spreadsheet: name, masked ID number, employer, any reasons
	 * that member is not eligible and whether they have confirmed; then those invited who
	 * have not answered.
	 */
	private String members(StoredEntry entry) {
		List<String> lines = new ArrayList<>();
		for (EntryRepository.EntryMember member : entry.members()) {
			List<String> reasons = member.ineligibility().stream().map((key) -> this.messages.text(key)).toList();
			lines.add((member.captain() ? "队长 " : "") + member.name() + " " + member.idNumberMasked()
					+ (member.employerName() == null ? "" : " " + member.employerName())
					+ (reasons.isEmpty() ? "" : "（" + String.join("；", reasons) + "）") + state(entry, member));
		}
		for (EntryRepository.PendingInvitation invitation : entry.invitations()) {
			lines.add(invitation.name() + " " + invitation.idNumberMasked() + " "
					+ this.messages.text("competition.member.state.pending"));
		}
		return String.join("\n", lines);
	}

	void exportResults(DataScope scope, long contestId, OutputStream out) {
		StoredContest contest = this.queries.contestWithin(scope, contestId);
		List<SheetColumn> columns = new ArrayList<>(List.of(SheetColumn.of("round", "赛程"), SheetColumn.of("rank", "名次"),
				SheetColumn.of("number", "参赛号"), SheetColumn.of("name", "姓名"), SheetColumn.of("employer", "工作单位"),
				SheetColumn.of("votes", "得票数"), SheetColumn.of("vote", "网络投票（百分制）"),
				SheetColumn.of("judges", "评委评分（百分制）"), SheetColumn.of("objective", "客观题（百分制）"),
				SheetColumn.of("time", "计时（百分制）"), SheetColumn.of("total", "加权总分"), SheetColumn.of("outcome", "结果")));
		int rows = 0;
		try (XlsxWriter writer = XlsxWriter.open(out, "竞赛成绩", columns)) {
			for (ContestQueries.RoundDetail detail : this.queries.rounds(contestId)) {
				StoredRound round = detail.round();
				if (round.status() != RoundStatus.CLOSED && round.status() != RoundStatus.PUBLISHED) {
					continue;
				}
				for (ResultRow row : this.queries.results(round.id())) {
					writer.row(round.name(), row.rank(), row.number(), row.name(), row.employer(), row.votes(),
							row.voteScore(), row.judgesScore(), row.objectiveScore(), row.timeScore(), row.total(),
							outcome(contest, row));
					rows++;
				}
			}
		}
		this.audit.record(AuditEntry.of(AuditAction.EXPORT, "contest-result", contestId, contest.orgPath(),
				"导出竞赛成绩「" + contest.name() + "」" + rows + " 条"));
	}

	static String outcome(StoredContest contest, ResultRow row) {
		if (row.prizePosition() != null) {
			return contest.prizes().get(row.prizePosition() - 1).name();
		}
		return row.advances() ? "晋级" : "";
	}

	Optional<AwardRow> award(String typedCode) {
		return VerificationCode.parse(typedCode).flatMap((code) -> this.queries.award(code.value()));
	}

	byte[] certificate(AwardRow award) {
		VerificationCode code = new VerificationCode(award.code());
		return this.renderer.render(new Certificate(award.contestName(), award.name(), award.teamName(),
				award.prizeName(), award.awardedOn(), award.organiserName(), code, checkUrl(award.code())));
	}

	String checkUrl(String code) {
		return this.publicBaseUrl + "/public/certificates/" + code;
	}

}
