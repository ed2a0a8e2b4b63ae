package vn.binhyen.risk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread that takes recorded signal chunks into risk, in the order they come. A large
 * import publishes a chunk event every {@code SignalIntake.BATCH} rows; taken on the shared
 * event threads, eight chunks at once competed with the import itself for the same cores (and
 * with every other module's events). One at a time, they keep up with the import and leave it a
 * core. The application's shared executor stays ({@code spring.task.execution.mode: force}).
 */
@Configuration(proxyBeanMethods = false)
class SignalChunkExecutor {

	static final String NAME = "riskSignalChunks";

	@Bean(name = NAME, destroyMethod = "shutdown")
	ThreadPoolTaskExecutor riskSignalChunks() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("risk-signals-");
		// as the shared executor: a chunk not taken when the instance stops stays incomplete in the event
		// publication registry and is published again on the next start
		executor.setDaemon(true);
		return executor;
	}
}
