package vn.binhyen.signals.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code binhyen.public.*}: what the public worker pages show besides the form.
 * @param hotlines phone lines a worker may call (name and number), shown after sending and on the receipt page
 */
@ConfigurationProperties("binhyen.public")
record PublicSettings(List<Hotline> hotlines) {

	PublicSettings {
		hotlines = hotlines == null ? List.of() : List.copyOf(hotlines);
	}

	/** @param phone as dialled, e.g. “113” or “0237 3 852 123” */
	record Hotline(String name, String phone) {

		/** The number for a tel: link. */
		public String dial() {
			return phone.replaceAll("[^0-9+]", "");
		}
	}
}
