package vn.binhyen.coordination;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.Role;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/** Conference directives: coordinators record them; owner agencies report progress and close items. */
@Service
public class Directives {

	static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE");

	private final JdbcClient jdbc;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	Directives(JdbcClient jdbc, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Directive> all() {
		return jdbc.sql("select * from directive order by conference_on desc, id desc")
			.query((rs, n) -> new Directive(rs.getLong("id"), rs.getString("title"), rs.getDate("conference_on").toLocalDate(),
					rs.getString("issued_by"), items(rs.getLong("id"))))
			.list();
	}

	private List<Directive.Item> items(long directiveId) {
		return jdbc.sql("select * from directive_item where directive_id = :d order by deadline, id").param("d", directiveId)
			.query((rs, n) -> new Directive.Item(rs.getLong("id"), rs.getString("text"), rs.getString("owner_agency"),
					rs.getDate("deadline").toLocalDate(), rs.getString("status"), progress(rs.getLong("id"))))
			.list();
	}

	private List<Directive.Progress> progress(long itemId) {
		return jdbc.sql("select * from directive_progress where item_id = :i order by at").param("i", itemId)
			.query((rs, n) -> new Directive.Progress(rs.getTimestamp("at").toInstant(), rs.getString("author"), rs.getString("text")))
			.list();
	}

	@Transactional
	public long create(String title, LocalDate conferenceOn, String issuedBy) {
		if (title == null || title.isBlank()) {
			throw new InvalidInput("title", "directive.error.title");
		}
		long id = jdbc.sql("insert into directive (title, conference_on, issued_by, created_by) values (:t, :d, :i, :by) returning id")
			.param("t", title.strip()).param("d", Date.valueOf(conferenceOn)).param("i", issuedBy).param("by", actor())
			.query(Long.class).single();
		audit.record("CREATE", "directive", id, title);
		return id;
	}

	@Transactional
	public long addItem(long directiveId, String text, String ownerAgency, LocalDate deadline) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "directive.error.text");
		}
		long id = jdbc.sql("""
				insert into directive_item (directive_id, text, owner_agency, deadline, status)
				values (:d, :t, :a, :dl, 'OPEN') returning id""")
			.param("d", directiveId).param("t", text.strip()).param("a", ownerAgency).param("dl", Date.valueOf(deadline))
			.query(Long.class).single();
		audit.record("CREATE", "directive-item", id, ownerAgency);
		return id;
	}

	/** Records progress on an item and sets its status; only the owner agency or a coordinator. */
	@Transactional
	public void progress(long itemId, String status, String text) {
		if (!STATUSES.contains(status)) {
			throw new InvalidInput("status", "directive.error.status");
		}
		String owner = jdbc.sql("select owner_agency from directive_item where id = :i").param("i", itemId).query(String.class)
			.optional().orElseThrow(() -> new RecordNotFound("directive-item", itemId));
		UserAccount user = currentUser.require();
		if (!owner.equals(user.agencyCode()) && !user.has(Role.COORDINATOR)) {
			throw new AccessDeniedException("Item of another agency");
		}
		jdbc.sql("update directive_item set status = :s where id = :i").param("s", status).param("i", itemId).update();
		if (text != null && !text.isBlank()) {
			jdbc.sql("insert into directive_progress (item_id, at, author, text) values (:i, :at, :a, :t)").param("i", itemId)
				.param("at", Timestamp.from(clock.instant())).param("a", user.username()).param("t", text.strip()).update();
		}
		audit.record("UPDATE", "directive-item", itemId, status);
	}

	/** The conclusions of the 24 August 2023 conference on workers' security (the seed report). */
	@Transactional
	void seedDemo() {
		if (jdbc.sql("select count(*) from directive").query(Long.class).single() > 0) {
			return;
		}
		long d = jdbc.sql("""
				insert into directive (title, conference_on, issued_by, created_by)
				values ('Kết luận Hội nghị bảo đảm an ninh công nhân (dữ liệu mô phỏng)', '2023-08-24',
				  'Phó Chủ tịch UBND tỉnh', 'system') returning id""").query(Long.class).single();
		item(d, "Bổ sung kịp thời nội dung mới phát sinh vào quy chế phối hợp", "VP-BCD", "2023-10-31", "DONE");
		item(d, "Đẩy mạnh nắm tình hình an ninh công nhân tại doanh nghiệp", "CA-PA04", "2023-12-31", "DONE");
		item(d, "Tuyên truyền, phổ biến, giáo dục pháp luật cho người lao động", "LDLD", "2023-12-31", "IN_PROGRESS");
		item(d, "Rà soát doanh nghiệp nợ lương, nợ bảo hiểm xã hội trước Tết", "SNV", "2024-01-15", "IN_PROGRESS");
		item(d, "Thanh tra việc chấp hành pháp luật lao động tại doanh nghiệp có nguy cơ", "TTT", "2024-03-31", "OPEN");
	}

	private void item(long directiveId, String text, String agency, String deadline, String status) {
		jdbc.sql("insert into directive_item (directive_id, text, owner_agency, deadline, status) values (:d, :t, :a, cast(:dl as date), :s)")
			.param("d", directiveId).param("t", text).param("a", agency).param("dl", deadline).param("s", status).update();
	}

	boolean overdue(Directive.Item item) {
		return item.overdue(LocalDate.now(clock.withZone(Routing.VIETNAM)));
	}

	private String actor() {
		return currentUser.get().map(UserAccount::username).orElse("system");
	}
}
