package vn.binhyen.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.binhyen.audit.AuditLog;
import vn.binhyen.identity.Agency;
import vn.binhyen.identity.CurrentUser;
import vn.binhyen.identity.IdentityManagement;
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
	private final IdentityManagement identity;

	RegulationManagement(Regulations regulations, CurrentUser currentUser, AuditLog audit, Clock clock, IdentityManagement identity) {
		this.identity = identity;
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

	/** Publishes a new version from JSON rules; effective now or later. */
	@Transactional
	public RegulationVersion publish(Instant effectiveFrom, String title, String rulesJson) {
		List<Rule> rules;
		try {
			rules = regulations.parse(rulesJson);
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("rules", "regulation.error.json");
		}
		return publish(effectiveFrom, title, rules);
	}

	/**
	 * Publishes a new version, effective now or later.
	 * @throws InvalidRegulation naming every rule, task and field that is wrong (rule 0: title or effective date)
	 */
	@Transactional
	public RegulationVersion publish(@Nullable Instant effectiveFrom, @Nullable String title, List<Rule> rules) {
		List<RegulationProblem> problems = new ArrayList<>();
		if (title == null || title.isBlank()) {
			problems.add(new RegulationProblem(0, null, null, "title", "regulation.error.title"));
		}
		if (effectiveFrom == null) {
			problems.add(new RegulationProblem(0, null, null, "effectiveFrom", "regulation.error.effectiveFrom"));
		}
		else if (effectiveFrom.isBefore(clock.instant().minusSeconds(60))) {
			problems.add(new RegulationProblem(0, null, null, "effectiveFrom", "regulation.error.past"));
		}
		problems.addAll(check(rules));
		if (!problems.isEmpty()) {
			throw new InvalidRegulation(problems);
		}
		String by = currentUser.get().map(UserAccount::username).orElse("system");
		RegulationVersion v = regulations.insert(effectiveFrom, title.strip(), rules, by);
		audit.record("CREATE", "regulation", v.number(), "effective " + effectiveFrom + ", " + rules.size() + " rules");
		return v;
	}

	/** What is wrong in draft rules (empty when they may be published). */
	@Transactional(readOnly = true)
	public List<RegulationProblem> check(List<Rule> rules) {
		Set<String> agencies = identity.agencies().stream().filter(Agency::active).map(Agency::code).collect(Collectors.toSet());
		return RegulationCheck.check(rules, agencies);
	}

	/** The version in force now, if any. */
	@Transactional(readOnly = true)
	public Optional<RegulationVersion> active() {
		return regulations.effectiveAt(clock.instant());
	}

	/**
	 * Whom draft rules would reach for a sample case: each matching rule's agencies (lead first)
	 * with the tasks routing would give them.
	 */
	public List<Reach> preview(List<Rule> rules, SampleCase sample) {
		CaseFacts facts = sample.facts();
		List<Reach> out = new ArrayList<>();
		for (Rule rule : rules) {
			if (rule.matches(facts)) {
				for (String agency : rule.agencies()) {
					rule.tasksFor(agency).forEach(t -> out.add(new Reach(rule.name(), agency, agency.equals(rule.lead()), t)));
				}
			}
		}
		return out;
	}

	/** A task a sample case would give an agency under a rule. */
	public record Reach(String rule, String agency, boolean lead, Rule.TaskTemplate task) {
	}
}
