package vn.binhyen.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.binhyen.coordination.Rule.Escalation;
import vn.binhyen.coordination.Rule.Moment;
import vn.binhyen.coordination.Rule.TaskTemplate;
import vn.binhyen.incidents.IncidentType;
import vn.binhyen.incidents.Severity;
import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/** Routing by rule and by version, and escalation of missed deadlines with a controlled clock. */
@IntegrationTest
class RoutingIntegrationTests {

	static final String POLICE = HttpSupport.basic("police", "demo");
	static final String HEALTH = HttpSupport.basic("health", "demo");
	static final String COORDINATOR = HttpSupport.basic("coordinator", "demo");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdjustableClock clock;

	@Autowired
	Regulations regulations;

	@Autowired
	CoordTasks tasks;

	@Autowired
	EscalationJob escalation;

	final JsonMapper json = JsonMapper.builder().build();
	HttpSupport http;

	@BeforeEach
	void setUp() {
		http = new HttpSupport(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String enterprise(String ownership, boolean inZone) {
		return jdbc.sql("select tax_code from enterprise where status = 'ACTIVE' and ownership = :o and zone_code is "
				+ (inZone ? "not null" : "null") + " order by id limit 1").param("o", ownership).query(String.class).single();
	}

	long open(String auth, String type, String taxCode, int workers) {
		String started = clock.instant().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
		HttpResponse<String> r = http.post("/api/v1/incidents", auth, """
				{"type":"%s","taxCode":"%s","startedAt":"%s","workersInvolved":%d,"causes":["WAGES"]}"""
			.formatted(type, taxCode, started, workers));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return json.readTree(r.body()).get("id").asLong();
	}

	List<CoordTask> routed(long incidentId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !tasks.byIncident(incidentId).isEmpty());
		return tasks.byIncident(incidentId);
	}

	@Test
	void routesByTheMatchingRulesOfTheVersionInForce() {
		List<CoordTask> food = routed(open(HEALTH, "FOOD_POISONING", enterprise("DOMESTIC_PRIVATE", false), 30));
		assertThat(food).extracting(CoordTask::agency).contains("SYT", "CA-PA04", "LDLD").doesNotContain("SNV", "BQL-KKT");
		assertThat(food).filteredOn(t -> t.ruleName().equals("Ngộ độc thực phẩm tập thể")).filteredOn(CoordTask::lead)
			.extracting(CoordTask::agency).containsOnly("SYT");
		assertThat(food).extracting(CoordTask::regulation).containsOnly(2);

		List<CoordTask> inZone = routed(open(POLICE, "COLLECTIVE_STOPPAGE", enterprise("FDI", true), 30));
		assertThat(inZone).extracting(CoordTask::ruleName)
			.contains("Ngừng việc tập thể, đình công", "Vụ việc trong khu kinh tế, khu công nghiệp");
		assertThat(inZone).extracting(CoordTask::agency).contains("SNV", "LDLD", "CA-PA04", "BQL-KKT");
	}

	@Test
	void aNewVersionRoutesOnlyCasesOpenedUnderIt() {
		String taxCode = enterprise("DOMESTIC_PRIVATE", false);
		long before = open(POLICE, "OTHER_ORDER", taxCode, 10);
		List<CoordTask> old = routed(before);
		assertThat(old).extracting(CoordTask::agency).containsOnly("CA-PA04");

		Instant from = clock.instant().plus(Duration.ofDays(30));
		List<Rule> rules = new java.util.ArrayList<>(DemoRegulation.version2());
		rules.removeIf(r -> r.types().contains(IncidentType.OTHER_ORDER));
		rules.add(new Rule("Vụ việc an ninh trật tự khác (v mới)", List.of(IncidentType.OTHER_ORDER), Severity.LOW, List.of(),
				List.of(), "TTT", List.of("SNV"), List.of(new TaskTemplate("Kiểm tra doanh nghiệp", "TTT", 48, Moment.OPENED)), 4,
				new Escalation("VP-BCD", 2, "Lãnh đạo VP")));
		RegulationVersion v = regulations.insert(from, "Thử nghiệm phiên bản mới", rules, "test");
		clock.advance(Duration.ofDays(31));

		long after = open(POLICE, "OTHER_ORDER", taxCode, 10);
		assertThat(routed(after)).extracting(CoordTask::agency).containsOnly("TTT", "SNV");
		assertThat(routed(after)).extracting(CoordTask::regulation).containsOnly(v.number());
		// the older case keeps its routing, even when its severity rises afterwards
		HttpResponse<String> r = http.post("/api/v1/incidents/" + before + "/transitions", COORDINATOR, "{\"to\":\"VERIFIED\"}");
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(tasks.byIncident(before)).extracting(CoordTask::agency).containsOnly("CA-PA04");
		assertThat(tasks.byIncident(before)).extracting(CoordTask::regulation).containsOnly(2);
	}

	@Test
	void escalatesAMissedAcknowledgementOnceAfterTheGracePeriod() {
		long id = open(HEALTH, "FOOD_POISONING", enterprise("DOMESTIC_PRIVATE", false), 12);
		CoordTask lead = routed(id).stream().filter(t -> t.lead() && t.agency().equals("SYT")).findFirst().orElseThrow();
		assertThat(lead.ackDueAt()).isEqualTo(lead.createdAt().plus(Duration.ofHours(1)));

		escalation.escalateMissed();
		assertThat(tasks.byIncident(id)).allMatch(t -> t.escalatedAt() == null);

		clock.advance(Duration.ofHours(4));
		escalation.escalateMissed();
		CoordTask escalated = tasks.byIncident(id).stream().filter(t -> t.id() == lead.id()).findFirst().orElseThrow();
		assertThat(escalated.escalatedAt()).isNotNull();
		escalation.escalateMissed();
		long events = jdbc.sql("select count(*) from coord_event where task_id = :t and text like 'Chuyển cấp%'")
			.param("t", lead.id()).query(Long.class).single();
		assertThat(events).isEqualTo(1);
		long toOffice = jdbc.sql("select count(*) from coord_notification where task_id = :t and agency = 'VP-BCD' and channel = 'IN_APP'")
			.param("t", lead.id()).query(Long.class).single();
		assertThat(toOffice).isEqualTo(1);
	}

	@Test
	void anAcknowledgedTaskIsNotEscalatedButAnUnacknowledgedOneIs() {
		String union = HttpSupport.basic("union", "demo");
		long id = open(HEALTH, "FOOD_POISONING", enterprise("DOMESTIC_PRIVATE", false), 12);
		List<CoordTask> all = routed(id);
		CoordTask unionTask = all.stream().filter(t -> t.agency().equals("LDLD")).findFirst().orElseThrow();
		CoordTask policeTask = all.stream().filter(t -> t.agency().equals("CA-PA04")).findFirst().orElseThrow();
		HttpResponse<String> ack = http.post("/api/v1/tasks/" + unionTask.id() + "/acknowledge", union, "");
		assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
		assertThat(http.post("/api/v1/tasks/" + unionTask.id() + "/complete", POLICE, "{}").statusCode()).isEqualTo(403);
		clock.advance(Duration.ofHours(4));
		escalation.escalateMissed();
		List<CoordTask> after = tasks.byIncident(id);
		CoordTask u = after.stream().filter(t -> t.id() == unionTask.id()).findFirst().orElseThrow();
		CoordTask p = after.stream().filter(t -> t.id() == policeTask.id()).findFirst().orElseThrow();
		assertThat(u.status()).isEqualTo("ACKNOWLEDGED");
		assertThat(u.escalatedAt()).isNull();
		assertThat(p.escalatedAt()).isNotNull();
	}
}
