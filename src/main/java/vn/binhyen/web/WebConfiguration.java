package vn.binhyen.web;

import java.io.IOException;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.binhyen.shared.DateInputs;

/**
 * Vietnamese by default, English with {@code ?lang=en} (kept in a cookie). Every module keeps
 * its texts in {@code i18n/<module>.properties} (Vietnamese) and {@code i18n/<module>_en.properties}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("binhyen-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Every date or date-time parameter of a form or a query accepts what an officer types,
	 * 12/03/2026 or 12/03/2026 07:50, as well as ISO (what date pickers and the API send).
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
			@Override
			public LocalDate parse(String text, Locale locale) throws ParseException {
				try {
					return Objects.requireNonNull(DateInputs.date(text));
				}
				catch (DateTimeParseException | NullPointerException ex) {
					throw new ParseException(text, 0);
				}
			}

			@Override
			public String print(LocalDate value, Locale locale) {
				return value.toString();
			}
		});
		registry.addFormatterForFieldType(LocalDateTime.class, new Formatter<LocalDateTime>() {
			@Override
			public LocalDateTime parse(String text, Locale locale) throws ParseException {
				try {
					return Objects.requireNonNull(DateInputs.dateTime(text));
				}
				catch (DateTimeParseException | NullPointerException ex) {
					try {
						return LocalDateTime.parse(text.strip(), DateTimeFormatter.ISO_DATE_TIME);
					}
					catch (DateTimeParseException again) {
						throw new ParseException(text, 0);
					}
				}
			}

			@Override
			public String print(LocalDateTime value, Locale locale) {
				return value.toString();
			}
		});
	}

	@Bean
	MessageSource messageSource() throws IOException {
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		var basenames = new TreeSet<String>();
		Arrays.stream(resources)
			.map(r -> Objects.requireNonNull(r.getFilename()))
			.filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
			.forEach(name -> basenames.add("classpath:i18n/" + name.substring(0, name.length() - ".properties".length())));
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames.toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(VIETNAMESE);
		source.setUseCodeAsDefaultMessage(true);
		return source;
	}
}
