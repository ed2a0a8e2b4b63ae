package vn.binhyen.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * HTTP sessions (Spring Session JDBC) are stored as JSON text, never as Java serialisation: a
 * database row cannot make the app instantiate a class it did not choose (the “gadget” attacks
 * on {@code ObjectInputStream}). Spring Security’s Jackson modules write the security context,
 * the CSRF token and the saved request; a type allow-list ({@link #ALLOWED}) names every other
 * class a session may hold: the logged-in account, flash attributes (strings, numbers, the
 * conflicting changes of an edit, an import report) and the JDK collections they use. A value of
 * another class is refused when it is stored (an exception) and when it is read (logged, the
 * attribute left out: the user logs in again). The stored principal carries no password hash.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	private static final Logger log = LoggerFactory.getLogger(SessionStorage.class);

	/**
	 * Classes (or, ending in “*”, name prefixes) a session attribute may contain besides
	 * those Spring Security’s modules allow.
	 */
	static final List<String> ALLOWED = List.of(
			"vn.binhyen.identity.AccountPrincipal", "vn.binhyen.identity.UserAccount", "vn.binhyen.identity.Role",
			"vn.binhyen.identity.SessionStorage$FlashMaps", "vn.binhyen.identity.SessionStorage$Flash",
			"vn.binhyen.shared.EditConflict$Change", "vn.binhyen.outreach.ImportReport", "vn.binhyen.outreach.ImportReport$RowError",
			"java.util.ImmutableCollections$*", "java.util.Collections$Unmodifiable*", "java.util.Collections$Empty*",
			"java.util.Collections$Singleton*", "java.util.ArrayList", "java.util.LinkedHashMap", "java.util.HashMap",
			"java.util.LinkedHashSet", "java.util.HashSet", "java.util.TreeMap", "java.util.TreeSet",
			"java.util.concurrent.CopyOnWriteArrayList", "java.lang.Long", "java.lang.Integer", "java.lang.String",
			"java.lang.Boolean", "java.lang.Double", "java.math.BigDecimal", "java.time.Instant", "java.time.LocalDate",
			"java.time.LocalDateTime", "java.util.Locale", "java.util.UUID");

	@Bean
	GenericConversionService springSessionConversionService() {
		Json json = new Json(SessionStorage.class.getClassLoader());
		GenericConversionService service = new GenericConversionService();
		service.addConverter(Object.class, byte[].class, json::write);
		service.addConverter(byte[].class, Object.class, json::read);
		return service;
	}

	/** Writes and reads one session attribute. */
	static final class Json {

		private final JsonMapper mapper;

		Json(ClassLoader loader) {
			BasicPolymorphicTypeValidator.Builder types = BasicPolymorphicTypeValidator.builder();
			for (String name : ALLOWED) {
				if (name.endsWith("*")) {
					types.allowIfSubType(name.substring(0, name.length() - 1));
				}
				else {
					types.allowIfSubType(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name)));
				}
			}
			this.mapper = JsonMapper.builder()
				.addModules(SecurityJacksonModules.getModules(loader, types))
				.addMixIn(AccountPrincipal.class, AccountPrincipalMixin.class)
				.build();
		}

		byte[] write(Object value) {
			Object stored = value instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(FlashMap.class::isInstance)
					? FlashMaps.of(list) : value;
			byte[] bytes = mapper.writerFor(Object.class).writeValueAsBytes(stored);
			try {
				mapper.readValue(bytes, Object.class); // the same allow-list as when it is read
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("A session attribute of " + value.getClass().getName()
						+ " cannot be stored: " + ex.getMessage(), ex);
			}
			return bytes;
		}

		@Nullable
		Object read(byte[] bytes) {
			try {
				Object value = mapper.readValue(bytes, Object.class);
				return value instanceof FlashMaps flash ? flash.toList() : value;
			}
			catch (RuntimeException ex) {
				log.warn("A session attribute was left out: {}", ex.getMessage());
				return null;
			}
		}
	}

	/** The account in the session without its password hash. */
	@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
	@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
			isGetterVisibility = JsonAutoDetect.Visibility.NONE)
	@JsonIgnoreProperties(value = "passwordHash", ignoreUnknown = true)
	abstract static class AccountPrincipalMixin {
	}

	/** Spring MVC’s flash maps ({@code SessionFlashMapManager}), each with its target and expiry. */
	record FlashMaps(List<Flash> maps) {

		static FlashMaps of(List<?> maps) {
			List<Flash> flashes = new ArrayList<>();
			for (Object map : maps) {
				FlashMap flash = (FlashMap) map;
				Map<String, List<String>> params = new LinkedHashMap<>();
				flash.getTargetRequestParams().forEach((k, v) -> params.put(k, new ArrayList<>(v)));
				flashes.add(new Flash(flash.getTargetRequestPath(), params, flash.getExpirationTime(), new LinkedHashMap<>(flash)));
			}
			return new FlashMaps(flashes);
		}

		List<FlashMap> toList() {
			List<FlashMap> list = new CopyOnWriteArrayList<>();
			for (Flash flash : maps) {
				FlashMap map = new FlashMap();
				map.setTargetRequestPath(flash.path());
				map.addTargetRequestParams(new LinkedMultiValueMap<>(flash.params()));
				map.putAll(flash.attributes());
				if (flash.expires() != -1) {
					map.setExpirationTime(flash.expires());
				}
				list.add(map);
			}
			return list;
		}
	}

	record Flash(@Nullable String path, Map<String, List<String>> params, long expires, Map<String, Object> attributes) {
	}
}
