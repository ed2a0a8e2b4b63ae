package vn.binhyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.binhyen.support.HttpSupport;
import vn.binhyen.support.IntegrationTest;

/**
 * Every endpoint the app maps, generated from its own mappings: without a login the API answers
 * 401 and screens send to the login page, except the few public paths. A new endpoint is
 * checked the day it is added.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

	private static final Set<String> PUBLIC_SCREENS = Set.of("/", "/login", "/error");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void nothingButPublicPathsAnswersWithoutLogin() {
		HttpSupport http = new HttpSupport(port);
		List<String> leaks = new ArrayList<>();
		int checked = 0;
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
			for (String pattern : info.getPatternValues()) {
				if (isPublic(pattern)) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				HttpRequest request = HttpRequest.newBuilder(URI.create(http.url(path)))
					.method(method.name(), method == RequestMethod.GET ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString("{}"))
					.header("Content-Type", "application/json")
					.build();
				HttpResponse<String> response = http.send(request);
				checked++;
				boolean api = path.startsWith("/api/");
				boolean guarded = api ? response.statusCode() == 401
						: (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login"))
								|| response.statusCode() == 403;
				if (!guarded) {
					leaks.add(method + " " + pattern + " -> " + response.statusCode());
				}
			}
		}
		assertThat(checked).isGreaterThan(10);
		assertThat(leaks).as("endpoints answering without login").isEmpty();
	}

	private static boolean isPublic(String pattern) {
		return PUBLIC_SCREENS.contains(pattern) || pattern.startsWith("/public/") || pattern.startsWith("/api/v1/public/")
				|| pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui") || pattern.startsWith("/actuator");
	}
}
