package org.gonghui.assistance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gonghui.assistance.PaymentKind;
import org.gonghui.assistance.RecipientCategory;
import org.gonghui.shared.money.Money;
import org.gonghui.shared.web.PageRequest;
import org.gonghui.shared.web.PageResponse;

/** Campaigns, their budgets, lists and payments. */
@Repository
class CampaignRepository {

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String name, LocalDate startsOn, LocalDate endsOn, long orgId, String orgPath,
			long createdBy) {
		this.jdbc.sql("""
				insert into assistance.campaign (id, name, starts_on, ends_on, org_id, org_path, created_by)
				values (:id, :name, :starts, :ends, :org, cast(:path as ltree), :by)""")
			.param("id", id)
			.param("name", name)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("org", orgId)
			.param("path", orgPath)
			.param("by", createdBy)
			.update();
	}

	void insertStandard(UUID campaignId, RecipientCategory category, Money amount) {
		this.jdbc
			.sql("insert into assistance.campaign_standard (campaign_id, category, amount_fen) values (:c, :cat, :fen)")
			.param("c", campaignId)
			.param("cat", category.name())
			.param("fen", amount.fen())
			.update();
	}

	void insertBudget(UUID campaignId, long orgId, String orgPath, String orgName, Money budget) {
		this.jdbc.sql("""
				insert into assistance.campaign_budget (campaign_id, org_id, org_path, org_name, budget_fen)
				values (:c, :org, cast(:path as ltree), :name, :fen)""")
			.param("c", campaignId)
			.param("org", orgId)
			.param("path", orgPath)
			.param("name", orgName)
			.param("fen", budget.fen())
			.update();
	}

	/** Campaigns run by an organisation above or inside the scope. */
	PageResponse<CampaignRow> page(String scopePath, PageRequest page) {
		String where = "org_path @> cast(:scope as ltree) or org_path <@ cast(:scope as ltree)";
		long total = this.jdbc.sql("select count(*) from assistance.campaign where " + where)
			.param("scope", scopePath)
			.query(Long.class)
			.single();
		List<CampaignRow> items = this.jdbc
			.sql("select * from assistance.campaign where " + where
					+ " order by starts_on desc, id limit :limit offset :offset")
			.param("scope", scopePath)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(CampaignRepository::campaign)
			.list();
		return new PageResponse<>(items, page.page(), page.size(), total);
	}

	Optional<CampaignRow> find(UUID id) {
		return this.jdbc.sql("select * from assistance.campaign where id = :id")
			.param("id", id)
			.query(CampaignRepository::campaign)
			.optional();
	}

	Map<RecipientCategory, Money> standards(UUID campaignId) {
		Map<RecipientCategory, Money> standards = new EnumMap<>(RecipientCategory.class);
		this.jdbc.sql("select category, amount_fen from assistance.campaign_standard where campaign_id = :c")
			.param("c", campaignId)
			.query((rs, row) -> standards.put(RecipientCategory.valueOf(rs.getString(1)), Money.ofFen(rs.getLong(2))))
			.list();
		return standards;
	}

	List<BudgetRow> budgets(UUID campaignId) {
		return this.jdbc.sql("select * from assistance.campaign_budget where campaign_id = :c order by org_path")
			.param("c", campaignId)
			.query((rs, row) -> new BudgetRow(rs.getLong("org_id"), rs.getString("org_path"), rs.getString("org_name"),
					Money.ofFen(rs.getLong("budget_fen")), Money.ofFen(rs.getLong("spent_fen"))))
			.list();
	}

	/** The deepest budgeted organisation above or at {@code path}. */
	Optional<BudgetRow> budgetFor(UUID campaignId, String path) {
		return this.jdbc.sql("""
				select * from assistance.campaign_budget
				where campaign_id = :c and org_path @> cast(:path as ltree)
				order by nlevel(org_path) desc limit 1""")
			.param("c", campaignId)
			.param("path", path)
			.query((rs, row) -> new BudgetRow(rs.getLong("org_id"), rs.getString("org_path"), rs.getString("org_name"),
					Money.ofFen(rs.getLong("budget_fen")), Money.ofFen(rs.getLong("spent_fen"))))
			.optional();
	}

	/**
	 * Spends from the budget unless that would pass it; one statement, so concurrent
	 * payments queue on the row and each sees the others' spending.
	 */
	boolean spend(UUID campaignId, long orgId, Money amount) {
		return this.jdbc.sql("""
				update assistance.campaign_budget set spent_fen = spent_fen + :fen
				where campaign_id = :c and org_id = :org and spent_fen + :fen <= budget_fen""")
			.param("fen", amount.fen())
			.param("c", campaignId)
			.param("org", orgId)
			.update() == 1;
	}

	boolean insertRecipient(UUID campaignId, long householdId, long memberId, String memberName, long orgId,
			String orgPath, RecipientCategory category, Money amount) {
		return this.jdbc.sql("""
				insert into assistance.campaign_recipient (campaign_id, household_id, member_id, member_name, org_id,
				    org_path, category, amount_fen)
				values (:c, :household, :member, :name, :org, cast(:path as ltree), :category, :fen)
				on conflict (campaign_id, household_id) do nothing""")
			.param("c", campaignId)
			.param("household", householdId)
			.param("member", memberId)
			.param("name", memberName)
			.param("org", orgId)
			.param("path", orgPath)
			.param("category", category.name())
			.param("fen", amount.fen())
			.update() == 1;
	}

	Optional<RecipientRow> recipient(UUID campaignId, long householdId) {
		return this.jdbc
			.sql("""
					select r.*, p.id as payment_id, p.kind, p.amount_fen as paid_fen, p.recorded_at
					from assistance.campaign_recipient r
					left join assistance.campaign_payment p on p.campaign_id = r.campaign_id and p.household_id = r.household_id
					where r.campaign_id = :c and r.household_id = :h""")
			.param("c", campaignId)
			.param("h", householdId)
			.query(CampaignRepository::recipient)
			.optional();
	}

	void adjustRecipient(UUID campaignId, long householdId, Money amount, boolean removed, @Nullable String note) {
		this.jdbc.sql("""
				update assistance.campaign_recipient set amount_fen = :fen, removed = :removed, note = :note
				where campaign_id = :c and household_id = :h""")
			.param("fen", amount.fen())
			.param("removed", removed)
			.param("note", note)
			.param("c", campaignId)
			.param("h", householdId)
			.update();
	}

	PageResponse<RecipientRow> recipients(UUID campaignId, String scopePath, @Nullable Boolean paid,
			@Nullable String name, PageRequest page) {
		StringBuilder where = new StringBuilder("r.campaign_id = :c and r.org_path <@ cast(:scope as ltree)");
		if (paid != null) {
			where.append(paid ? " and p.id is not null" : " and p.id is null and not r.removed");
		}
		if (name != null) {
			where.append(" and r.member_name like :name");
		}
		String from = """
				from assistance.campaign_recipient r
				left join assistance.campaign_payment p on p.campaign_id = r.campaign_id and p.household_id = r.household_id
				where"""
				+ " " + where;
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) " + from)
			.param("c", campaignId)
			.param("scope", scopePath);
		JdbcClient.StatementSpec items = this.jdbc
			.sql("select r.*, p.id as payment_id, p.kind, p.amount_fen as paid_fen, p.recorded_at " + from
					+ " order by r.org_path, r.member_name, r.household_id limit :limit offset :offset")
			.param("c", campaignId)
			.param("scope", scopePath)
			.param("limit", page.size())
			.param("offset", page.offset());
		if (name != null) {
			count = count.param("name", name + "%");
			items = items.param("name", name + "%");
		}
		return new PageResponse<>(items.query(CampaignRepository::recipient).list(), page.page(), page.size(),
				count.query(Long.class).single());
	}

	void insertPayment(UUID id, UUID campaignId, RecipientRow recipient, long budgetOrgId, PaymentKind kind,
			Money amount, String description, long recordedBy, Instant at) {
		this.jdbc.sql("""
				insert into assistance.campaign_payment (id, campaign_id, household_id, member_id, member_name,
				    budget_org_id, org_path, category, kind, amount_fen, description, recorded_by, recorded_at)
				values (:id, :c, :h, :member, :name, :budgetOrg, cast(:path as ltree), :category, :kind, :fen,
				    :description, :by, :at)""")
			.param("id", id)
			.param("c", campaignId)
			.param("h", recipient.householdId())
			.param("member", recipient.memberId())
			.param("name", recipient.memberName())
			.param("budgetOrg", budgetOrgId)
			.param("path", recipient.orgPath())
			.param("category", recipient.category().name())
			.param("kind", kind.name())
			.param("fen", amount.fen())
			.param("description", description)
			.param("by", recordedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static CampaignRow campaign(ResultSet rs, int row) throws SQLException {
		return new CampaignRow((UUID) rs.getObject("id"), rs.getString("name"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), rs.getLong("org_id"), rs.getString("org_path"));
	}

	private static RecipientRow recipient(ResultSet rs, int row) throws SQLException {
		Timestamp paidAt = rs.getTimestamp("recorded_at");
		return new RecipientRow(rs.getLong("household_id"), rs.getLong("member_id"), rs.getString("member_name"),
				rs.getLong("org_id"), rs.getString("org_path"), RecipientCategory.valueOf(rs.getString("category")),
				Money.ofFen(rs.getLong("amount_fen")), rs.getString("note"), rs.getBoolean("removed"),
				(UUID) rs.getObject("payment_id"),
				rs.getString("kind") == null ? null : PaymentKind.valueOf(rs.getString("kind")),
				paidAt == null ? null : Money.ofFen(rs.getLong("paid_fen")),
				paidAt == null ? null : paidAt.toInstant());
	}

	record CampaignRow(UUID id, String name, LocalDate startsOn, LocalDate endsOn, long orgId, String orgPath) {
	}

	record BudgetRow(long orgId, String orgPath, String orgName, Money budget, Money spent) {

		Money remaining() {
			return this.budget.minus(this.spent);
		}

	}

	record RecipientRow(long householdId, long memberId, String memberName, long orgId, String orgPath,
			RecipientCategory category, Money amount, @Nullable String note, boolean removed, @Nullable UUID paymentId,
			@Nullable PaymentKind paidKind, @Nullable Money paidAmount, @Nullable Instant paidAt) {

		boolean paid() {
			return this.paymentId != null;
		}

	}

}
