package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.UserAccount;
import vn.binhyen.shared.InvalidInput;
import vn.binhyen.shared.RecordNotFound;

/**
 * The coordination regulation's versions. A new version takes effect from a moment not in the
 * past, so no case already opened changes hands: cases stay with the version in force when they
 * were opened.
 */
@Service
public class RegulationManagement {

	private final Regulations regulations;
	private final CurrentUser currentUser;
	private final AuditLog audit;
	private final Clock clock;

	RegulationManagement(Regulations regulations, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.regulations = regulations;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RegulationVersion> versions() {
		return regulations.all();
	}

	@Transactional(readOnly = true)
	public RegulationVersion version(int number) {
		return regulations.byNumber(number).orElseThrow(() -> new RecordNotFound("regulation", number));
	}

	@Transactional(readOnly = true)
	public RegulationDiff diff(int from, int to) {
		return RegulationDiff.between(version(from).rules(), version(to).rules());
	}

	/** The rules as the editor shows them (JSON). */
	public String text(RegulationVersion version) {
		return regulations.write(version.rules());
	}

	/** Publishes a new version from the editor's JSON; effective now or later. */
	@Transactional
	public RegulationVersion publish(Instant effectiveFrom, String title, String rulesJson) {
		if (title == null || title.isBlank()) {
			throw new InvalidInput("title", "regulation.error.title");
		}
		if (effectiveFrom.isBefore(clock.instant().minusSeconds(60))) {
			throw new InvalidInput("effectiveFrom", "regulation.error.past");
		}
		List<Rule> rules;
		try {
			rules = regulations.parse(rulesJson);
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("rules", "regulation.error.json");
		}
		validate(rules);
		String by = currentUser.get().map(UserAccount::username).orElse("system");
		RegulationVersion v = regulations.insert(effectiveFrom, title.strip(), rules, by);
		audit.record("CREATE", "regulation", v.number(), "effective " + effectiveFrom + ", " + rules.size() + " rules");
		return v;
	}

	private static void validate(List<Rule> rules) {
		java.util.Set<String> names = new java.util.HashSet<>();
		for (Rule r : rules) {
			if (r.name() == null || r.name().isBlank() || !names.add(r.name())) {
				throw new InvalidInput("rules", "regulation.error.name");
			}
			if (r.lead() == null || r.lead().isBlank() || r.escalation() == null || r.ackHours() <= 0) {
				throw new InvalidInput("rules", "regulation.error.rule");
			}
			for (Rule.TaskTemplate t : r.tasks()) {
				if (t.title() == null || t.title().isBlank() || t.agency() == null || t.dueHours() <= 0) {
					throw new InvalidInput("rules", "regulation.error.task");
				}
			}
		}
	}
}
