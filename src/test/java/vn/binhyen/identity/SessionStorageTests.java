package vn.binhyen.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

import vn.binhyen.shared.EditConflict;

/** Session attributes as JSON text with a type allow-list (issue 15, item 1). */
class SessionStorageTests {

	final SessionStorage.Json json = new SessionStorage.Json(getClass().getClassLoader());

	static final UserAccount ACCOUNT = new UserAccount(7, "officer", "Officer", 3, "SNV", "Sở Nội vụ", Set.of(Role.OFFICER, Role.ANALYST),
			List.of("38"), List.of(), "officer@example.vn", true, false);

	@Test
	void theSecurityContextIsJsonWithoutThePasswordHashAndComesBackWhole() {
		AccountPrincipal principal = new AccountPrincipal(ACCOUNT, "{bcrypt}$2a$10$secret-hash", null);
		SecurityContextImpl context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

		byte[] bytes = json.write(context);

		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("{").contains("\"officer@example.vn\"", "SecurityContextImpl").doesNotContain("secret-hash");
		SecurityContextImpl read = (SecurityContextImpl) json.read(bytes);
		assertThat(read.getAuthentication().isAuthenticated()).isTrue();
		assertThat(read.getAuthentication().getPrincipal()).isInstanceOfSatisfying(AccountPrincipal.class,
				p -> assertThat(p.account()).isEqualTo(ACCOUNT));
		assertThat(read.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_ANALYST");
	}

	@Test
	void theCsrfTokenAndFlashAttributesComeBack() {
		DefaultCsrfToken token = (DefaultCsrfToken) json.read(json.write(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc")));
		assertThat(token.getToken()).isEqualTo("abc");

		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath("/incidents/5");
		flash.addTargetRequestParam("tab", "notes");
		flash.setExpirationTime(1_800_000_000_000L);
		flash.put("error", "incident.error.conflict");
		flash.put("saved", true);
		flash.put("submitted", 3);
		flash.put("conflict", List.of(new EditConflict.Change("status", "NEW", "CLOSED")));
		flash.put("kept", Map.of("text", "đình công"));
		flash.put("report", new vn.binhyen.outreach.ImportReport(2, 1, List.of(new vn.binhyen.outreach.ImportReport.RowError(3, "date", "bad"))));

		List<?> read = (List<?>) json.read(json.write(new java.util.concurrent.CopyOnWriteArrayList<>(List.of(flash))));

		assertThat(read).singleElement().isInstanceOfSatisfying(FlashMap.class, map -> {
			assertThat((Map<String, Object>) map).containsExactlyInAnyOrderEntriesOf(flash);
			assertThat(map.getTargetRequestPath()).isEqualTo("/incidents/5");
			assertThat(map.getTargetRequestParams().getFirst("tab")).isEqualTo("notes");
			assertThat(map.getExpirationTime()).isEqualTo(1_800_000_000_000L);
		});
	}

	@Test
	void aClassOffTheAllowListIsRefusedWhenStoredAndWhenRead() throws Exception {
		assertThatThrownBy(() -> json.write(new java.net.URI("http://example.org"))).hasMessageContaining("java.net.URI");
		assertThatThrownBy(() -> json.write(List.of(new StringBuilder("x")))).hasMessageContaining("java.lang.StringBuilder");
		// a row written by someone else naming a class outside the list is not instantiated
		byte[] gadget = "{\"@class\":\"java.net.URL\",\"protocol\":\"http\",\"host\":\"example.org\"}".getBytes(StandardCharsets.UTF_8);
		assertThat(json.read(gadget)).isNull();
		byte[] nested = "[\"java.util.ArrayList\",[{\"@class\":\"javax.management.BadAttributeValueExpException\"}]]"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(json.read(nested)).isNull();
		// Java serialisation (sessions stored before) is not read either
		java.io.ByteArrayOutputStream java = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java)) {
			out.writeObject("a string");
		}
		assertThat(json.read(java.toByteArray())).isNull();
	}
}
