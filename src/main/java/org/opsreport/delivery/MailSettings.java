package org.opsreport.delivery;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who gets the report by e-mail ({@code opsreport.mail.*}). The SMTP server is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, properties). Mail is off unless
 * {@code to} names at least one recipient.
 *
 * @param to recipients; empty: no mail (the deliver step does nothing)
 * @param from sender address
 * @param subject subject template: {@code {date}} the report date, {@code {status}} the headline
 * status in capitals (RED, AMBER, GREEN, UNKNOWN), {@code {headline}} the summary sentence
 */
@ConfigurationProperties("opsreport.mail")
public record MailSettings(@DefaultValue List<String> to, @DefaultValue("opsreport@localhost") String from,
		@DefaultValue("opsreport {date}: {status} — {headline}") String subject) {

	public MailSettings {
		to = to == null ? List.of() : to.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	public boolean enabled() {
		return !this.to.isEmpty();
	}

	/** The subject for a report: the template with {date}, {status} and {headline} filled in. */
	public String subjectFor(String date, String status, String headline) {
		return this.subject.replace("{date}", date)
			.replace("{status}", status.toUpperCase(java.util.Locale.ROOT))
			.replace("{headline}", headline)
			.replaceAll("[\\r\\n]+", " ");
	}

}
