package vn.binhyen.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one application context every integration test shares: the real app on a random port,
 * against PostgreSQL (embedded, or external when SPRING_DATASOURCE_URL is set), with a small
 * demo province and its users (password "demo").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "binhyen.demo.enabled=true", "binhyen.demo.size=400", "binhyen.demo.password=demo" })
public @interface IntegrationTest {
}
