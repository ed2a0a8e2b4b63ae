package vn.binhyen.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incidents module's tables (V6_1, columns reports read) with the seed's figures: in the
 * first 8 months of 2023, 6 collective work stoppages and 14 cases with strike signs, plus one
 * dismissed case, two stoppages in 2022 and one case in September. Only inside a transaction
 * that is rolled back; creates the tables (V6_1 columns reports read) where the incidents module
 * is absent.
 */
final class IncidentFixture {

	private IncidentFixture() {
	}

	static void create(JdbcClient jdbc) {
		jdbc.sql("""
				create table if not exists incident (id bigserial primary key, type text not null, enterprise_id bigint, tax_code text not null,
				  enterprise_name text not null, unit_code text, zone_code text, ownership text, started_at timestamptz not null,
				  ended_at timestamptz, workers_involved integer not null, causes text not null default '',
				  status text not null, opened_at timestamptz not null, severity text not null, severity_computed text not null,
				  opened_by text not null)""").update();
		jdbc.sql("""
				create table if not exists incident_action (id bigserial primary key, incident_id bigint not null references incident (id),
				  at timestamptz not null, agency text, actor text not null, text text not null)""").update();
		for (int i = 0; i < 20; i++) {
			insert(jdbc, i < 6 ? "COLLECTIVE_STOPPAGE" : "STRIKE_SIGNS", "2023-0" + (1 + i % 8) + "-1" + (i % 9) + " 08:00+07",
					i % 3 == 0 ? "CLOSED" : "RESPONDING");
		}
		insert(jdbc, "STRIKE", "2023-03-03 08:00+07", "DISMISSED");
		insert(jdbc, "COLLECTIVE_STOPPAGE", "2022-02-03 08:00+07", "CLOSED");
		insert(jdbc, "COLLECTIVE_STOPPAGE", "2022-08-31 23:30+07", "CLOSED");
		insert(jdbc, "COLLECTIVE_STOPPAGE", "2023-09-01 00:30+07", "REPORTED");
		jdbc.sql("""
				insert into incident_action (incident_id, at, agency, actor, text)
				select id, opened_at + interval '3 hours', 'CA-PA04', 'police', 'Nắm tình hình' from incident
				where tax_code = '2850000000' and enterprise_name = 'Công ty mô phỏng (kiểm thử)'""").update();
	}

	private static void insert(JdbcClient jdbc, String type, String startedAt, String status) {
		jdbc.sql("""
				insert into incident (type, tax_code, enterprise_name, unit_code, started_at, ended_at, workers_involved, causes,
				  status, opened_at, severity, severity_computed, opened_by)
				values (:type, '2850000000', 'Công ty mô phỏng (kiểm thử)', '380', cast(:started as timestamptz),
				  case when :status = 'CLOSED' then cast(:started as timestamptz) + interval '2 days' end, 100,
				  'WAGE_ARREARS,BONUS', :status, cast(:started as timestamptz), 'MEDIUM', 'MEDIUM', 'test')""")
			.param("type", type).param("started", startedAt).param("status", status).update();
	}
}
