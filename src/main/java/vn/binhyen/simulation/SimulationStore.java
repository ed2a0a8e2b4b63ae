package vn.binhyen.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Writes a simulated world's truth and incidents to {@code sim_run}, {@code sim_truth} and
 * {@code sim_incident} with PostgreSQL COPY, month by month, in one transaction.
 */
final class SimulationStore {

	private final DataSource dataSource;

	SimulationStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	// Replaces whatever was stored; returns the number of truth rows written.
	long store(ProvinceSimulator simulator) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				long rows = write(connection, simulator);
				connection.commit();
				return rows;
			}
			catch (RuntimeException | SQLException e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not store the simulation", e);
		}
	}

	private static long write(Connection connection, ProvinceSimulator simulator) throws SQLException {
		SimulationParameters parameters = simulator.parameters();
		try (var statement = connection.createStatement()) {
			statement.execute("truncate sim_truth, sim_incident, sim_run");
			// indexes are built once after the load, many times faster than row by row
			statement.execute("alter table sim_truth drop constraint if exists sim_truth_pkey");
			statement.execute("drop index if exists sim_truth_month");
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into sim_run (size, seed, start_month, months, intensity) values (?, ?, ?, ?, ?)")) {
			insert.setInt(1, parameters.enterprises());
			insert.setLong(2, parameters.seed());
			insert.setDate(3, Date.valueOf(parameters.start().atDay(1)));
			insert.setInt(4, parameters.months());
			insert.setDouble(5, parameters.intensity());
			insert.executeUpdate();
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Writer writer = new Writer(copy, parameters.enterprises());
		simulator.run(writer);
		writer.copyIncidents();
		try (var statement = connection.createStatement()) {
			statement.execute("alter table sim_truth add primary key (tax_code, month)");
			statement.execute("create index sim_truth_month on sim_truth (month)");
		}
		return writer.rows;
	}

	private static final class Writer implements SimulationListener {

		private final CopyManager copy;
		private final String[] taxCodes;
		private final List<SimIncident> incidents = new ArrayList<>();
		private final StringBuilder lines = new StringBuilder(1 << 17);
		long rows;

		Writer(CopyManager copy, int size) {
			this.copy = copy;
			this.taxCodes = new String[size];
		}

		@Override
		public void enterprise(SimEnterprise enterprise) {
			taxCodes[enterprise.index()] = enterprise.taxCode();
		}

		@Override
		public void month(MonthTruth truth) {
			String month = truth.month().atDay(1).toString();
			try {
				CopyIn in = copy.copyIn("copy sim_truth (tax_code, month, p) from stdin (format text)");
				try {
					lines.setLength(0);
					for (int i = 0; i < truth.size(); i++) {
						double p = truth.p(i);
						if (p > 0) {
							lines.append(taxCodes[i]).append('\t').append(month).append('\t').append((float) p).append('\n');
							rows++;
						}
						if (lines.length() > 120_000 || i == truth.size() - 1) {
							byte[] buffer = lines.toString().getBytes(StandardCharsets.US_ASCII);
							in.writeToCopy(buffer, 0, buffer.length);
							lines.setLength(0);
						}
					}
					in.endCopy();
				}
				finally {
					if (in.isActive()) {
						in.cancelCopy();
					}
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException("could not copy the truth of " + truth.month(), e);
			}
		}

		@Override
		public void incident(SimIncident incident) {
			incidents.add(incident);
		}

		void copyIncidents() throws SQLException {
			StringBuilder text = new StringBuilder();
			for (SimIncident i : incidents) {
				text.append(i.ref()).append('\t').append(i.taxCode()).append('\t').append(i.type()).append('\t')
					.append(i.startedOn()).append('\t').append(i.endedOn()).append('\t').append(i.workersInvolved()).append('\t')
					.append(i.causes().stream().map(Enum::name).collect(Collectors.joining(","))).append('\t')
					.append(i.unitCode()).append('\t').append(i.zoneCode() == null ? "\\N" : i.zoneCode()).append('\t')
					.append((float) i.p()).append('\n');
			}
			try {
				copy.copyIn("copy sim_incident (ref, tax_code, type, started_on, ended_on, workers_involved, causes, unit_code, "
						+ "zone_code, p) from stdin (format text)", new java.io.StringReader(text.toString()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
